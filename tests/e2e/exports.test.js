// Exports that agree with the page (issue 18, finding 5): the HTML export draws each label in the
// page's colours, light and dark, and names speakers as the page does; the JSON export carries
// the text and the view, and *Open view file* reopens it with its corrections; the quotes come as
// a CSV by speaker, with cells a spreadsheet would run neutralised.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { startServer, launchBrowser, openPage } from "./harness.js";
import { example, pasteExample, annotated, marksOf } from "./page-helpers.js";

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });

async function download(page, format) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(`button[data-export="${format}"]`)]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

/** Each label's colour (`--c`, which its marks are drawn with), resolved in the first mark of
 *  each label, in the scheme the page shows. */
const markColours = (page, selector = "mark") => page.$$eval(selector, (ms) => {
  const out = {};
  for (const m of ms) {
    if (!m.dataset.label || m.dataset.label in out) continue;
    const probe = document.createElement("span");
    probe.style.color = "var(--c)";
    m.append(probe);
    out[m.dataset.label] = getComputedStyle(probe).color;
    probe.remove();
  }
  return out;
});

test("the HTML export draws the page's colours, light and dark, and names speakers as the page does (issue 18, finding 5)", async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  await pasteExample(page);
  const html = await download(page, "html");
  // Speakers by the entity they resolve to, as the page's side panel names them.
  const pageSpeakers = await page.$$eval("#who-said-what button.speaker", (bs) => bs.map((b) => b.dataset.speakerGroup));
  for (const name of pageSpeakers) assert.ok(html.text.includes(`— ${name}`), `— ${name}`);
  assert.doesNotMatch(html.text, /— the department/);
  const exported = await context.newPage();
  await exported.setContent(html.text);
  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    await exported.emulateMedia({ colorScheme: scheme });
    const mine = await markColours(page, '#view mark[data-kind="entity"], #view mark[data-kind="date"]');
    const theirs = await markColours(exported, 'mark[data-label]');
    for (const [label, colour] of Object.entries(mine)) assert.equal(theirs[label], colour, `${label} in ${scheme}`);
  }
  await exported.close();
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("the JSON export carries the text and the view, and Open view file reopens it with its corrections (issue 18, finding 5)", async () => {
  const sender = await openPage(browser, server.url);
  await pasteExample(sender.page);
  const place = sender.page.locator('#view mark[data-label="PLACE"]').first();
  const start = await place.getAttribute("data-start");
  await place.click();
  await sender.page.selectOption('#menu select[name="label"]', "ORG");
  await sender.page.click('#menu button[data-action="relabel"]');
  await sender.page.waitForFunction((s) => document.querySelector(`#view mark[data-kind="entity"][data-start="${s}"]`)?.dataset.label === "ORG", start);
  await annotated(sender.page);
  const file = await download(sender.page, "json");
  const json = JSON.parse(file.text);
  assert.equal(json.schema, "newsmark/1");
  assert.equal(json.text, example);
  assert.equal(json.view.corrections.length, 1);
  const sent = await marksOf(sender.page);
  await sender.context.close();

  const reader = await openPage(browser, server.url);
  await reader.page.setInputFiles("#view-file", { name: file.name, mimeType: "application/json", buffer: Buffer.from(file.text) });
  await reader.page.waitForFunction(() => /Opened newsmark.json with 1 correction/.test(document.querySelector("#status").textContent));
  await annotated(reader.page);
  assert.deepEqual(await marksOf(reader.page), sent);
  assert.equal(await reader.page.getAttribute(`#view mark[data-kind="entity"][data-start="${start}"]`, "data-label"), "ORG");
  assert.deepEqual(reader.consoleErrors, []);
  await reader.context.close();
});

test("the quotes download as a CSV by speaker, formula cells neutralised (issue 18, finding 5)", async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  await page.fill("#input", "“=HYPERLINK(\"http://x\") is the plan,” said Maria Okafor on Monday. “+1 for that,” Okafor added.");
  await annotated(page);
  const csv = await download(page, "csv");
  assert.equal(csv.name, "newsmark-quotes.csv");
  const lines = csv.text.split("\r\n").filter(Boolean);
  assert.match(lines[0], /^speaker,/);
  assert.ok(lines.length >= 2, csv.text);
  for (const line of lines.slice(1)) {
    for (const cell of line.match(/("([^"]|"")*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, "").replace(/^"|"$/g, ""))) {
      assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `a cell that a spreadsheet would run: ${cell}`);
    }
  }
  assert.ok(lines.slice(1).every((l) => l.startsWith("Maria Okafor,")), lines.join("\n"));
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
