// The page on a phone, 390×844 (issue 18, finding 8): the summary reachable at once, the
// correction menu on screen (also when the on-screen keyboard shrinks the window), and a quote's
// tooltip clear of the quote's lines.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, openPage, screenshotPath } from "./harness.js";
import { pasteExample, annotated } from "./page-helpers.js";

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const openPhone = () => openPage(browser, server.url, "", { contextOptions: PHONE });

/** Whether a rectangle lies inside the window (as the page sees it now). */
const inWindow = (page, r) => page.evaluate((r) => r.x >= 0 && r.y >= 0 && r.x + r.width <= innerWidth + 0.5 && r.y + r.height <= innerHeight + 0.5, r);

test("on a phone the summary is reachable at once, without scrolling past the article (issue 18, finding 8)", async () => {
  const { page, context, consoleErrors } = await openPhone();
  await pasteExample(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  // Something on the first screen opens the summary: a control for it, or the summary itself.
  const opener = page.locator('[aria-controls="panel"]:visible');
  assert.equal(await opener.count(), 1, "a visible control for the summary");
  assert.ok(await inWindow(page, await opener.boundingBox()), "on the first screen");
  // …and it stays there as the reader scrolls down the article.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  assert.ok(await inWindow(page, await opener.boundingBox()), "still on screen half way down");
  await opener.tap();
  const panel = page.locator("#panel");
  await panel.waitFor({ state: "visible" });
  const box = await panel.boundingBox();
  assert.ok(box.y >= 0 && box.y < 844 / 2, `the summary starts at ${Math.round(box.y)} px`);
  assert.equal(await opener.getAttribute("aria-expanded"), "true");
  await page.screenshot({ path: screenshotPath("phone-summary.png") });
  // Going to an entity closes the drawer and shows its first mention.
  const entity = page.locator("#panel-entities button.entity").first();
  await entity.tap();
  await panel.waitFor({ state: "hidden" });
  const mark = page.locator("#view mark:focus");
  assert.ok(await inWindow(page, await mark.boundingBox()), "the mention is on screen");
  assert.equal(await opener.getAttribute("aria-expanded"), "false");
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("on a phone the correction menu stays on screen, also when the keyboard shrinks the window (issue 18, finding 8)", async () => {
  const { page, context, consoleErrors } = await openPhone();
  await pasteExample(page);
  // The mark whose line ends nearest the right edge, on the first screen of the article.
  await page.locator("#view").scrollIntoViewIfNeeded();
  const id = await page.evaluate(() => {
    const marks = [...document.querySelectorAll('#view mark[data-kind="date"], #view mark[data-kind="entity"]')];
    const visible = marks.map((m) => [m, m.getClientRects()[0]]).filter(([, r]) => r && r.top > 60 && r.bottom < innerHeight - 80);
    visible.sort((a, b) => b[1].right - a[1].right);
    return visible[0][0].dataset.id;
  });
  const mark = page.locator(`#view mark[data-id="${id}"]`);
  await mark.tap();
  const menu = page.locator("#menu");
  await menu.waitFor({ state: "visible" });
  assert.ok(await inWindow(page, await menu.boundingBox()), JSON.stringify(await menu.boundingBox()));
  await page.screenshot({ path: screenshotPath("phone-menu.png") });
  // The on-screen keyboard takes the bottom half of the window: the menu stays, on screen.
  await page.focus('#menu select, #menu input');
  await page.setViewportSize({ width: 390, height: 420 });
  await page.waitForTimeout(150);
  assert.equal(await menu.isVisible(), true, "the menu stays open");
  assert.ok(await inWindow(page, await menu.boundingBox()), JSON.stringify(await menu.boundingBox()));
  await page.setViewportSize({ width: 390, height: 844 });
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("on a phone a quote's tooltip leaves the quote's lines readable (issue 18, finding 8)", async () => {
  const { page, context, consoleErrors } = await openPhone();
  await pasteExample(page);
  await annotated(page);
  // A quote over several lines that fits on the screen with room for a tooltip.
  const id = await page.evaluate(() => {
    const quotes = [...document.querySelectorAll('#view mark[data-kind="quote"]')];
    const fits = quotes.find((q) => { const r = q.getBoundingClientRect(); return q.getClientRects().length >= 2 && r.height < innerHeight / 3; });
    return fits?.dataset.id;
  });
  assert.ok(id != null, "a quote over two lines or more");
  const quote = page.locator(`#view mark[data-id="${id}"]`);
  await quote.evaluate((q) => q.scrollIntoView({ block: "center" }));
  await quote.focus();
  const tooltip = page.locator("#tooltip");
  await tooltip.waitFor({ state: "visible" });
  const overlaps = await page.evaluate((id) => {
    const t = document.querySelector("#tooltip").getBoundingClientRect();
    const lines = [...document.querySelector(`#view mark[data-id="${id}"]`).getClientRects()];
    return lines.filter((l) => l.left < t.right && t.left < l.right && l.top < t.bottom && t.top < l.bottom).length;
  }, id);
  await page.screenshot({ path: screenshotPath("phone-quote-tooltip.png") });
  assert.equal(overlaps, 0, "the tooltip covers none of the quote's lines");
  assert.ok(await inWindow(page, await tooltip.boundingBox()));
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
