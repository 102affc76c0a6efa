// The page end to end: paste the example article, see its marks, toggle a label.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { startServer, launchBrowser, openPage, screenshotPath } from "./harness.js";

const example = readFileSync(new URL("../fixtures/blinken-china-trip.txt", import.meta.url), "utf8");
let server, browser;

before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });

async function pasteExample(page) {
  await page.fill("#reference-date", "2023-06-14");
  await page.fill("#input", example);
  await page.waitForSelector('#view mark[data-kind="date"]');
}

test("pasting the example article lights up people, dates and quotes", async () => {
  const { page, context, consoleErrors, outsideRequests } = await openPage(browser, server.url);
  await pasteExample(page);

  const person = page.locator('#view mark[data-kind="entity"]', { hasText: /^Daniel Kritenbrink$/ });
  assert.equal(await person.first().getAttribute("data-label"), "PERSON");

  const date = page.locator('#view mark[data-kind="date"]', { hasText: /^Sunday, June 18, 2023$/ });
  assert.equal(await date.getAttribute("data-value"), "2023-06-18");
  const start = Number(await date.getAttribute("data-start"));
  assert.equal(example.slice(start, Number(await date.getAttribute("data-end"))), "Sunday, June 18, 2023");

  const quote = page.locator('#view mark[data-kind="quote"]', { hasText: "We’re coming to Beijing" });
  assert.match(await quote.getAttribute("data-speaker"), /Kritenbrink/);

  await page.screenshot({ path: screenshotPath("example-article.png"), fullPage: true });
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(outsideRequests, []);
  await context.close();
});

test("a label toggle hides and shows its marks", async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  await pasteExample(page);
  const marks = page.locator('#view mark[data-label="PLACE"]');
  const shown = async () => marks.first().evaluate((m) => getComputedStyle(m).backgroundColor);
  const before = await shown();
  await page.uncheck('input[data-toggle="PLACE"]');
  assert.notEqual(await shown(), before);
  await page.check('input[data-toggle="PLACE"]');
  assert.equal(await shown(), before);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
