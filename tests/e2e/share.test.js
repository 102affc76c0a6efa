// Share links, corrections that travel with them, and the downloads (issue 6), end to end:
// annotate the example, correct a mark, share, open the link in a fresh browser context and find
// the same view; damaged links; each export downloaded and parsed back.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { startServer, launchBrowser, openPage, screenshotPath } from "./harness.js";
import { example, pasteExample, annotated, marksOf, features, relabelFirstPlace } from "./page-helpers.js";

let server, browser;

before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });

async function shareLink(page) {
  await page.click("#share");
  await page.waitForFunction(() => document.querySelector("#share-link").value.includes("#"));
  return page.inputValue("#share-link");
}

test("a corrected view travels in a link and opens the same in a fresh browser", async (t) => {
  const sender = await openPage(browser, server.url);
  if (!(await features(sender.page)).has("encodeShare")) { t.skip("this wasm build has no share links"); return sender.context.close(); }
  await pasteExample(sender.page);
  const start = await relabelFirstPlace(sender.page);
  await sender.page.uncheck('input[data-toggle="NORP"]');
  const link = await shareLink(sender.page);
  const fragment = new URL(link).hash.slice(1);
  t.diagnostic(`example article link: ${link.length} characters (fragment ${fragment.length})`);
  assert.ok(fragment.length <= 3000, `fragment of ${fragment.length} characters`);
  assert.ok(link.startsWith(server.url));
  assert.match(await sender.page.textContent("#status"), /Link (copied|ready)/);
  const sent = await marksOf(sender.page);
  assert.deepEqual(sender.consoleErrors, []);

  // A fresh context: nothing shared with the sender but the link.
  const reader = await openPage(browser, link);
  await reader.page.waitForFunction(() => document.querySelector("#view").dataset.state === "done");
  const firstAnnotation = await reader.page.evaluate(() => performance.getEntriesByName("newsmark:first-annotation")[0]?.startTime);
  t.diagnostic(`opening the link: first annotation shown ${Math.round(firstAnnotation)} ms after navigation`);
  assert.equal(await reader.page.inputValue("#input"), example);
  assert.equal(await reader.page.inputValue("#reference-date"), "2023-06-14");
  assert.deepEqual(await marksOf(reader.page), sent);
  assert.equal(await reader.page.getAttribute(`#view mark[data-kind="entity"][data-start="${start}"]`, "data-label"), "ORG");
  assert.equal(await reader.page.isChecked('input[data-toggle="NORP"]'), false);
  assert.equal(await reader.page.getAttribute(`#view mark[data-kind="entity"][data-start="${start}"]`, "data-corrected"), "true");
  assert.equal(await reader.page.locator("#panel-corrections li").count(), 1);
  assert.match(await reader.page.textContent("#status"), /shared view with 1 correction/);
  await reader.page.screenshot({ path: screenshotPath("shared-view.png") });
  assert.deepEqual(reader.consoleErrors, []);
  assert.deepEqual(reader.outsideRequests, []);

  // The reader can undo nothing of the sender's, but can go on correcting and re-share.
  assert.equal(await reader.page.isDisabled("#undo"), true);
  await sender.context.close();
  await reader.context.close();
});

test("changing the fragment of an open page opens the new view", async (t) => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  if (!(await features(page)).has("encodeShare")) { t.skip("no share links"); return context.close(); }
  await page.fill("#input", "Ada Lovelace met Charles Babbage in London on June 5, 1833.");
  await annotated(page);
  const link = await shareLink(page);
  await page.fill("#input", "Something else entirely.");
  await annotated(page);
  await page.evaluate((hash) => { location.hash = hash; }, new URL(link).hash);
  // The reader changed the article since: the page asks before the link replaces it (issue 18).
  await page.click("#confirm-ok");
  await page.waitForFunction(() => document.querySelector("#input").value.startsWith("Ada Lovelace"));
  await annotated(page);
  assert.ok(await page.locator("#view mark").count() > 0);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("a link whose text has Windows line ends opens with its corrections in place", async (t) => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  if (!(await features(page)).has("decodeShare")) { t.skip("no share links"); return context.close(); }
  // Made outside the page (as the CLI would, from a CRLF file): the page's text box turns the
  // line ends into \n, which moves every offset after them; the corrections must follow.
  const { initSync, encodeShare } = await import("../../www/pkg/newsmark.js");
  initSync({ module: readFileSync(new URL("../../www/pkg/newsmark_bg.wasm", import.meta.url)) });
  const text = "First line.\r\nSecond line.\r\nThe ministry in Oslo said so on Monday.\r\n";
  const start = text.indexOf("ministry");
  const fragment = encodeShare({ text, reference_date: "2023-06-14", hidden: [], corrections: [
    { op: "add", kind: "entity", label: "ORG", start, end: start + "ministry".length, text: "ministry" }] });
  await page.goto(`${server.url}#${fragment}`);
  await page.waitForFunction(() => document.querySelector("#view").dataset.state === "done");
  const shown = await page.inputValue("#input");
  assert.equal(shown, text.replace(/\r\n/g, "\n"));
  const at = shown.indexOf("ministry");
  assert.equal(await page.getAttribute(`#view mark[data-kind="entity"][data-start="${at}"]`, "data-label"), "ORG");
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("a damaged, foreign or future link says what is wrong and leaves the page usable", async (t) => {
  const probe = await openPage(browser, server.url);
  const has = await features(probe.page);
  await probe.context.close();
  if (!has.has("decodeShare")) { t.skip("no share links"); return; }
  for (const hash of ["#nm1.AAAA", "#nm1.", "#hello-world", "#nm2.eJyrVipTslIqSS0uUaoFAB3VBEI", "#nm1.%%%", "#<img src=x onerror=alert(1)>"]) {
    const { page, context, consoleErrors, outsideRequests } = await openPage(browser, server.url, hash);
    await page.waitForFunction(() => document.querySelector("#status").dataset.kind === "error");
    const message = await page.textContent("#status");
    assert.match(message, /link could not be opened: \S/, hash);
    assert.equal(await page.$("#status img, #view img"), null);
    // Still usable.
    await page.fill("#input", "Angela Merkel visited Paris on Monday.");
    await annotated(page);
    assert.ok(await page.locator("#view mark").count() > 0, hash);
    assert.deepEqual(consoleErrors, [], hash);
    assert.deepEqual(outsideRequests, []);
    await context.close();
  }
});

test("a view file saves the view and reopens it, corrections and all, in a fresh browser", async (t) => {
  const sender = await openPage(browser, server.url);
  if (!(await features(sender.page)).has("exportView")) { t.skip("no exports"); return sender.context.close(); }
  await pasteExample(sender.page);
  const start = await relabelFirstPlace(sender.page);
  await sender.page.uncheck('input[data-toggle="DATE"]');
  const file = await download(sender.page, "view");
  assert.equal(file.name, "newsmark-view.json");
  const saved = JSON.parse(file.text);
  assert.equal(saved.v, 1);
  assert.equal(saved.text, example);
  assert.deepEqual(saved.hidden, ["DATE"]);
  assert.equal(saved.corrections.length, 1);
  const sent = await marksOf(sender.page);
  await sender.context.close();

  const reader = await openPage(browser, server.url);
  await reader.page.setInputFiles("#view-file", { name: "newsmark-view.json", mimeType: "application/json", buffer: Buffer.from(file.text) });
  await reader.page.waitForFunction(() => /Opened newsmark-view.json with 1 correction/.test(document.querySelector("#status").textContent));
  assert.deepEqual(await marksOf(reader.page), sent);
  assert.equal(await reader.page.getAttribute(`#view mark[data-kind="entity"][data-start="${start}"]`, "data-label"), "ORG");
  assert.equal(await reader.page.isChecked('input[data-toggle="DATE"]'), false);

  // Files that are not views say so and change nothing.
  // (Since issue 18 the core reads files, `openViewFile`, with messages of its own, and a view
  // file needs its format version `v`, as a link's content does; the page always wrote it.)
  for (const [content, why] of [["not json", /not (valid )?JSON|neither/], ['{"v":2,"text":"x"}', /newer newsmark/], ['{"v":1,"text":"x","reference_date":"June"}', /reference date/], ['{"v":1,"text":"x","corrections":[{"op":"explode"}]}', /correction|invalid|shape/], ['{"text":"x"}', /not a newsmark view file|neither/]]) {
    await reader.page.setInputFiles("#view-file", { name: "bad.json", mimeType: "application/json", buffer: Buffer.from(content) });
    await reader.page.waitForFunction(() => document.querySelector("#status").dataset.kind === "error").catch(async (e) => { throw new Error(`${content}: ${await reader.page.textContent("#status")} ${e.message}`); });
    assert.match(await reader.page.textContent("#status"), why);
    assert.equal(await reader.page.inputValue("#input"), example);
    await reader.page.evaluate(() => { document.querySelector("#status").dataset.kind = ""; });
  }
  assert.deepEqual(reader.consoleErrors, []);
  await reader.context.close();
});

test("too long a text for a link is offered as a file instead", async (t) => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  if (!(await features(page)).has("encodeShare")) { t.skip("no share links"); return context.close(); }
  // Varied text compresses poorly: make something well beyond any practical link.
  let text = "";
  for (let i = 0; text.length < 200_000; i++) text += `Report ${i * 7919 % 100003} from ${(i * 104729).toString(36)} on day ${i % 28 + 1}. `;
  await page.evaluate((t) => { const i = document.querySelector("#input"); i.value = t; i.dispatchEvent(new Event("input")); }, text);
  await annotated(page);
  await page.click("#share");
  await page.waitForFunction(() => /too long/.test(document.querySelector("#status").textContent));
  assert.equal(await page.inputValue("#share-link"), "");
  assert.equal(await page.evaluate(() => document.activeElement.dataset.export), "html");
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

async function download(page, format) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(`button[data-export="${format}"]`)]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

/** Code-point offsets (W3C, brat) to a JS string slice. */
const byCodePoints = (text, start, end) => [...text].slice(start, end).join("");

test("each export downloads and parses back, with the correction applied", async (t) => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  if (!(await features(page)).has("exportView")) { t.skip("no exports"); return context.close(); }
  await pasteExample(page);
  const start = Number(await relabelFirstPlace(page));
  // Pasted markup must stay text in the HTML export.
  const pasted = `${example}\n<script>alert(1)</script> <img src=x onerror=alert(2)>\r\nWindows line ends: Joe Biden met Olaf Scholz in Berlin.\r\n`;
  await page.fill("#input", pasted);
  await annotated(page);
  const hostile = await page.inputValue("#input"); // a text box keeps line ends as \n
  assert.equal(hostile, pasted.replace(/\r\n/g, "\n"));

  const html = await download(page, "html");
  assert.match(html.name, /\.html$/);
  assert.doesNotMatch(html.text, /<script/i);
  assert.doesNotMatch(html.text, /<img/i);
  assert.match(html.text, /&lt;script&gt;/);
  assert.match(html.text, /Kritenbrink/);
  // It renders on its own, with marks and without running anything.
  const htmlPage = await context.newPage();
  await htmlPage.setContent(html.text);
  assert.ok(await htmlPage.locator("mark").count() > 10);
  await htmlPage.close();

  const json = JSON.parse((await download(page, "json")).text);
  assert.equal(json.schema, "newsmark/1");
  const corrected = json.spans.find((s) => s.kind === "entity" && s.start === start);
  assert.equal(corrected.label, "ORG");
  for (const s of json.spans) assert.equal(hostile.slice(s.start, s.end), s.text);

  const w3c = JSON.parse((await download(page, "w3c")).text);
  const annotations = Array.isArray(w3c) ? w3c : w3c.items ?? w3c.first?.items ?? w3c["@graph"] ?? [];
  assert.ok(annotations.length >= json.spans.length, "one annotation per span");
  for (const a of annotations) {
    const selectors = [a.target?.selector].flat();
    const quote = selectors.find((s) => s?.type === "TextQuoteSelector");
    const position = selectors.find((s) => s?.type === "TextPositionSelector");
    assert.ok(quote && position, JSON.stringify(a).slice(0, 200));
    assert.equal(byCodePoints(hostile, position.start, position.end), quote.exact);
  }

  const [ann, txt] = await (async () => {
    const files = [];
    const seen = new Promise((resolve) => {
      page.on("download", async function onDownload(d) {
        files.push({ name: d.suggestedFilename(), text: readFileSync(await d.path(), "utf8") });
        if (files.length === 2) { page.off("download", onDownload); resolve(); }
      });
    });
    await page.click('button[data-export="brat"]');
    await seen;
    return [files.find((f) => f.name.endsWith(".ann")), files.find((f) => f.name.endsWith(".txt"))];
  })();
  assert.ok(ann && txt, "brat gives .ann and .txt");
  assert.equal(txt.text, hostile.replace(/\r\n?/g, "\n")); // as brat reads it
  const lines = ann.text.split("\n").filter(Boolean);
  assert.ok(lines.length > 0);
  let textBound = 0;
  for (const line of lines) {
    if (!line.startsWith("T")) continue;
    const m = /^T\d+\t([\w-]+) (\d+) (\d+)(?:;\d+ \d+)*\t(.*)$/.exec(line);
    assert.ok(m, line);
    if (!line.includes(";")) assert.equal(byCodePoints(txt.text, Number(m[2]), Number(m[3])), m[4]);
    textBound++;
  }
  assert.ok(textBound >= json.spans.length - 1);

  const displacy = JSON.parse((await download(page, "displacy")).text);
  const doc = Array.isArray(displacy) ? displacy[0] : displacy;
  assert.equal(doc.text, hostile);
  assert.ok(doc.ents.length > 0);
  for (const e of doc.ents) assert.ok(Number.isInteger(e.start) && e.end > e.start && typeof e.label === "string");
  assert.ok(doc.ents.some((e) => e.label === "ORG"));
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("a link made by a newer newsmark whose marks differ from today's says so (issue 18)", async () => {
  // As a newer newsmark would write it: its version, and a fingerprint of marks this one does not find.
  const view = { v: 1, newsmark: "99.0.0", marks: "0badf00d", text: example, reference_date: "2023-06-14", hidden: [], corrections: [] };
  const fragment = `nm1.${deflateSync(Buffer.from(JSON.stringify(view))).toString("base64url")}`;
  const { page, context, consoleErrors } = await openPage(browser, server.url, `#${fragment}`);
  await page.waitForFunction(() => /newsmark 99\.0\.0/.test(document.querySelector("#status").textContent));
  const status = await page.textContent("#status");
  assert.match(status, /Opened a shared view/);
  assert.match(status, /newer than this page's [^ ]+, and its marks differ/);
  assert.equal(await page.inputValue("#input"), example);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
