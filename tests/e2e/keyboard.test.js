// The page by keyboard (issue 18, finding 7): focus comes back to the corrected mark after undo
// and redo; a label switched off takes its marks out of the tab order and the tooltips; the view
// is one tab stop with arrow keys between marks; the correction menu holds focus, and Ctrl+Z in
// its fields is theirs, not the page's.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, openPage } from "./harness.js";
import { pasteExample, annotated } from "./page-helpers.js";

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });

const active = (page) => page.evaluate(() => {
  const a = document.activeElement;
  return { tag: a?.tagName, start: a?.dataset?.start, label: a?.dataset?.label, inMenu: Boolean(a?.closest?.("#menu")), inPanel: Boolean(a?.closest?.("#panel")) };
});

const labelAt = (start) => `#view mark[data-kind="entity"][data-start="${start}"]`;

test("after undo and redo, focus is back on the corrected mark (issue 18, finding 7)", async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  await pasteExample(page);
  const place = page.locator('#view mark[data-label="PLACE"]').first();
  const start = await place.getAttribute("data-start");
  await place.focus();
  await page.keyboard.press("Enter");
  await page.selectOption('#menu select[name="label"]', "ORG");
  await page.focus('#menu button[data-action="relabel"]');
  await page.keyboard.press("Enter");
  await page.waitForFunction((sel) => document.querySelector(sel)?.dataset.label === "ORG", labelAt(start));
  await annotated(page);
  assert.deepEqual(await active(page), { tag: "MARK", start, label: "ORG", inMenu: false, inPanel: false });

  await page.keyboard.press("Control+z");
  await page.waitForFunction((sel) => document.querySelector(sel)?.dataset.label === "PLACE", labelAt(start));
  await annotated(page);
  assert.deepEqual(await active(page), { tag: "MARK", start, label: "PLACE", inMenu: false, inPanel: false });

  await page.keyboard.press("Control+Shift+z");
  await page.waitForFunction((sel) => document.querySelector(sel)?.dataset.label === "ORG", labelAt(start));
  await annotated(page);
  assert.deepEqual(await active(page), { tag: "MARK", start, label: "ORG", inMenu: false, inPanel: false });
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("a label switched off takes its marks out of the tab order and the tooltips (issue 18, finding 7)", async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  await pasteExample(page);
  await page.uncheck('input[data-toggle="PLACE"]');
  assert.equal(await page.locator('#view mark[data-label="PLACE"][tabindex="0"]').count(), 0);
  // The view is one tab stop: Tab from the skip button lands on a mark, the next Tab leaves the
  // marks for the summary; → walks the marks shown, never a switched-off one.
  await page.focus("#skip-to-panel");
  await page.keyboard.press("Tab");
  const first = await active(page);
  assert.equal(first.tag, "MARK");
  assert.notEqual(first.label, "PLACE");
  const walked = [first.label];
  const shown = await page.$$eval("#view mark", (ms) => ms.filter((m) => m.dataset.label !== "PLACE").length);
  for (let k = 1; k < shown; k++) {
    await page.keyboard.press("ArrowRight");
    walked.push((await active(page)).label);
  }
  assert.equal(walked.length, shown);
  assert.ok(!walked.includes("PLACE"), walked.join(" "));
  await page.keyboard.press("Tab");
  assert.equal((await active(page)).inPanel, true);

  // No tooltip for a switched-off mark, by pointer or by focus.
  const hiddenMark = page.locator('#view mark[data-label="PLACE"]').first();
  await page.mouse.move(0, 0);
  await hiddenMark.hover();
  await page.waitForTimeout(100);
  assert.equal(await page.isHidden("#tooltip"), true);
  await hiddenMark.focus();
  await page.waitForTimeout(100);
  assert.equal(await page.isHidden("#tooltip"), true);
  // Switched on again, its marks describe themselves once more.
  await page.check('input[data-toggle="PLACE"]');
  await hiddenMark.focus();
  await page.locator("#tooltip").waitFor({ state: "visible" });
  assert.match(await page.textContent("#tooltip"), /PLACE/);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("the correction menu keeps focus inside it, and Ctrl+Z in its fields does not undo the page's corrections (issue 18, finding 9)", async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  await pasteExample(page);
  const place = page.locator('#view mark[data-label="PLACE"]').first();
  await place.click();
  await page.click('#menu button[data-action="remove"]');
  await page.waitForFunction(() => document.querySelectorAll("#panel-corrections li").length === 1);
  await annotated(page);

  const date = page.locator('#view mark[data-kind="date"]').first();
  await date.focus();
  await page.keyboard.press("Enter");
  await page.waitForSelector("#menu:not([hidden])");
  assert.equal((await active(page)).inMenu, true);
  // Ctrl+Z on the menu's label list, and in its value field after typing: the page keeps its
  // correction and the menu stays open.
  await page.keyboard.press("Control+z");
  await page.focus('#menu input[name="value"]');
  await page.keyboard.type("20");
  await page.keyboard.press("Control+z");
  await page.waitForTimeout(300);
  assert.equal(await page.locator("#panel-corrections li").count(), 1);
  assert.equal(await page.isVisible("#menu"), true);
  // Tab and Shift+Tab go round the menu's controls, never out of it.
  const controls = await page.locator("#menu button, #menu select, #menu input").count();
  for (let k = 0; k < controls + 2; k++) {
    await page.keyboard.press("Tab");
    assert.equal((await active(page)).inMenu, true, `Tab ${k + 1}`);
  }
  for (let k = 0; k < controls + 2; k++) {
    await page.keyboard.press("Shift+Tab");
    assert.equal((await active(page)).inMenu, true, `Shift+Tab ${k + 1}`);
  }
  // Escape closes it and hands focus back to the mark.
  await page.keyboard.press("Escape");
  await page.waitForSelector("#menu", { state: "hidden" });
  assert.equal((await active(page)).tag, "MARK");
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
