// Never lose a reader's work (issue 18, finding 2): the view is saved as the reader works (the
// URL's fragment and IndexedDB) and comes back on reload; what would replace changed work asks
// first in an in-page dialog; *Start over* forgets on purpose; undo crosses edits of the text and
// example loads.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { startServer, launchBrowser, openPage } from "./harness.js";
import { example, pasteExample, annotated, relabelFirstPlace } from "./page-helpers.js";

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });

/** Waits for the page to say its view is saved (a page that never says so is judged by what a
 *  reload then shows). */
const saved = (page) => page.waitForFunction(() => document.documentElement.dataset.save === "saved", null, { timeout: 5000 }).catch(() => {});

/** Fails the test on any window.alert/confirm/prompt: questions are asked in the page. */
function noWindowDialogs(page) {
  const seen = [];
  page.on("dialog", async (d) => { seen.push(d.type()); await d.dismiss(); });
  return seen;
}

const labelAt = (page, start) => page.getAttribute(`#view mark[data-kind="entity"][data-start="${start}"]`, "data-label");

test("a reload brings back the article, its corrections, reference date and hidden labels; so does a new tab (issue 18, finding 2)", async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  await pasteExample(page);
  const start = await relabelFirstPlace(page);
  await page.uncheck('input[data-toggle="NORP"]');
  await saved(page);
  await page.reload();
  await annotated(page);
  assert.equal(await page.inputValue("#input"), example);
  assert.equal(await page.inputValue("#reference-date"), "2023-06-14");
  assert.equal(await labelAt(page, start), "ORG");
  assert.equal(await page.getAttribute(`#view mark[data-kind="entity"][data-start="${start}"]`, "data-corrected"), "true");
  assert.equal(await page.isChecked('input[data-toggle="NORP"]'), false);
  assert.equal(await page.locator("#panel-corrections li").count(), 1);
  assert.match(await page.textContent("#status"), /back as you left it[^]*1 correction/);

  // A new tab of the page (no link in its address) brings back the last view saved.
  const tab = await context.newPage();
  await tab.goto(server.url);
  await annotated(tab);
  assert.equal(await tab.inputValue("#input"), example);
  assert.equal(await labelAt(tab, start), "ORG");
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("changes made just before a reload are not lost", async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  await pasteExample(page);
  await saved(page);
  // Typed, and the page reloaded at once: before the text is annotated, let alone saved.
  await page.focus("#input");
  await page.keyboard.press("Control+Home");
  await page.keyboard.type("LATEST. ");
  await page.reload();
  await annotated(page);
  assert.ok((await page.inputValue("#input")).startsWith("LATEST. "));
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("a shared link opened, then another article pasted: a reload shows the new article, not the link's (issue 18, finding 2)", async () => {
  const { initSync, encodeShare } = await import("../../www/pkg/newsmark.js");
  initSync({ module: readFileSync(new URL("../../www/pkg/newsmark_bg.wasm", import.meta.url)) });
  const at = example.indexOf("Beijing");
  const fragment = encodeShare({ text: example, reference_date: "2023-06-14", hidden: [], corrections: [
    { op: "relabel", kind: "entity", label: "ORG", start: at, end: at + 7, text: "Beijing" }] });
  const { page, context, consoleErrors } = await openPage(browser, server.url, "", {
    setUp: (c) => c.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(server.url).origin }),
  });
  const dialogs = noWindowDialogs(page);
  await page.goto(`${server.url}#${fragment}`);
  await annotated(page);
  assert.match(await page.textContent("#status"), /shared view with 1 correction/);
  // Another article, pasted over the whole text: the link's correction would go, so the page asks.
  const other = "Angela Merkel met Emmanuel Macron in Paris on Monday, June 5, 2023. “We agree,” Merkel said.";
  await page.evaluate((t) => navigator.clipboard.writeText(t), other);
  await page.focus("#input");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Control+V");
  await page.waitForSelector("dialog#confirm[open]");
  await page.click("#confirm-ok");
  await page.waitForFunction((t) => document.querySelector("#input").value === t, other);
  await annotated(page);
  await saved(page);
  await page.reload();
  await annotated(page);
  assert.equal(await page.inputValue("#input"), other);
  assert.doesNotMatch(await page.textContent("#status"), /shared view/);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("replacing changed work asks first, in the page; Start over forgets the article (issue 18, finding 2)", async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  const dialogs = noWindowDialogs(page);
  await page.fill("#input", "Joe Biden met Xi Jinping in Bali. Biden said so on Monday.");
  await annotated(page);
  const mine = await page.inputValue("#input");
  const bali = mine.indexOf("Bali");
  await page.locator(`#view mark[data-start="${bali}"]`).click();
  await page.click('#menu button[data-action="remove"]');
  await page.waitForFunction(() => document.querySelectorAll("#panel-corrections li").length === 1);
  await annotated(page);

  // The example would replace it: asked in a <dialog>; keeping the article changes nothing.
  await page.click("#load-example");
  await page.waitForSelector("dialog#confirm[open]");
  assert.match(await page.textContent("#confirm"), /1 correction/);
  await page.keyboard.press("Escape");
  await page.waitForSelector("dialog#confirm", { state: "hidden" });
  assert.equal(await page.inputValue("#input"), mine);
  assert.equal(await page.locator("#panel-corrections li").count(), 1);
  // …replacing it is a step Undo takes back, reference date and correction with it.
  await page.click("#load-example");
  await page.click("#confirm-ok");
  await page.waitForFunction((t) => document.querySelector("#input").value === t, example);
  await annotated(page);
  assert.equal(await page.inputValue("#reference-date"), "2023-06-14");
  await page.click("#undo");
  await page.waitForFunction((t) => document.querySelector("#input").value === t, mine);
  await annotated(page);
  assert.equal(await page.inputValue("#reference-date"), "");
  assert.equal(await page.locator("#panel-corrections li").count(), 1);
  assert.equal(await page.locator(`#view mark[data-start="${bali}"]`).count(), 0);

  // Start over asks, then forgets: nothing on screen, and nothing comes back on reload.
  await page.click("#start-over");
  await page.waitForSelector("dialog#confirm[open]");
  await page.click("#confirm-ok");
  await page.waitForFunction(() => document.querySelector("#input").value === "" && /Started over/.test(document.querySelector("#status").textContent));
  assert.equal(await page.locator("#panel-corrections li").count(), 0);
  assert.equal(await page.isDisabled("#undo"), true);
  await saved(page);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  await page.waitForTimeout(300);
  assert.equal(await page.inputValue("#input"), "");
  assert.equal(new URL(page.url()).hash, "");
  assert.deepEqual(dialogs, [], "no window.confirm");
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("undo goes back across edits of the text, with the corrections as they were (issue 18, finding 2)", async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  await pasteExample(page);
  const start = Number(await relabelFirstPlace(page));
  // An edit of the text (typed at its start) moves the correction along…
  await page.focus("#input");
  await page.keyboard.press("Control+Home");
  await page.keyboard.type("Breaking. ");
  const shift = "Breaking. ".length;
  await page.waitForFunction((s) => document.querySelector(`#view mark[data-kind="entity"][data-start="${s}"]`)?.dataset.label === "ORG", start + shift);
  await annotated(page);
  assert.equal(await page.isDisabled("#undo"), false);
  // …and Ctrl+Z in the text box takes the edit back, the correction in its place.
  await page.keyboard.press("Control+z");
  await page.waitForFunction((t) => document.querySelector("#input").value === t, example);
  await annotated(page);
  assert.equal(await labelAt(page, start), "ORG");
  // Then the correction itself, then both again with redo.
  await page.keyboard.press("Control+z");
  await page.waitForFunction((s) => document.querySelector(`#view mark[data-kind="entity"][data-start="${s}"]`)?.dataset.label === "PLACE", start);
  await page.keyboard.press("Control+Shift+z");
  await page.waitForFunction((s) => document.querySelector(`#view mark[data-kind="entity"][data-start="${s}"]`)?.dataset.label === "ORG", start);
  await page.keyboard.press("Control+Shift+z");
  await page.waitForFunction((t) => document.querySelector("#input").value === t, `Breaking. ${example}`);
  await annotated(page);
  assert.equal(await labelAt(page, start + shift), "ORG");
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

// Issue 19 on issue 18's page: the reference date's time of day is part of the view, so a reload
// brings it back and Undo takes a change of it back.
test("a reload brings back the reference time; undo takes a change of it back (issue 19)", async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  await page.fill("#reference-date", "2023-06-14");
  await page.fill("#reference-time", "09:30");
  await page.fill("#input", "The bus leaves in ten minutes.");
  await annotated(page);
  const soon = () => page.locator('#view mark[data-kind="date"]', { hasText: /^ten minutes$/ }).getAttribute("data-value");
  assert.equal(await soon(), "2023-06-14T09:40");
  await saved(page);
  await page.reload();
  await annotated(page);
  assert.equal(await page.inputValue("#reference-date"), "2023-06-14");
  assert.equal(await page.inputValue("#reference-time"), "09:30");
  assert.equal(await soon(), "2023-06-14T09:40");
  await page.fill("#reference-time", "10:00");
  await annotated(page);
  assert.equal(await soon(), "2023-06-14T10:10");
  await page.click("#undo");
  await annotated(page);
  assert.equal(await page.inputValue("#reference-time"), "09:30");
  assert.equal(await soon(), "2023-06-14T09:40");
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
