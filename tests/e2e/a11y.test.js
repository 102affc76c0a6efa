// An accessibility audit (issue 18, finding 9): axe-core (the npm package, pinned in
// package.json) run in the page with the example article shown, in the light and the dark
// scheme, on the WCAG 2.1 A and AA rules and axe's best practices: no violation. The page's CSP
// refuses inline scripts, so axe's source is evaluated through the browser's devtools protocol,
// as a test harness may, rather than added as a <script>.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { startServer, launchBrowser, openPage } from "./harness.js";
import { pasteExample } from "./page-helpers.js";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });

/** axe's violations on the page as it is now, one line each: rule, impact, where. */
async function audit(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(axeSource);
  const violations = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] })
    .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5), count: v.nodes.length }))), TAGS);
  return violations.map((v) => `${v.id} (${v.impact}, ${v.count}): ${v.nodes.join(" | ")}`);
}

test("an axe-core audit finds no violation with the example article shown, light and dark (issue 18, finding 9)", async (t) => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  await page.setViewportSize({ width: 1280, height: 900 });
  await pasteExample(page);
  t.diagnostic(`axe-core ${await page.evaluate(axeSource + ";window.axe.version")}, rules tagged ${TAGS.join(", ")}`);
  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    assert.deepEqual(await audit(page), [], `${scheme} scheme`);
    // …and with the correction menu open on a mark.
    await page.locator('#view mark[data-kind="date"]').first().click();
    await page.waitForSelector("#menu:not([hidden])");
    assert.deepEqual(await audit(page), [], `${scheme} scheme, correction menu open`);
    await page.keyboard.press("Escape");
  }
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("the audit finds no violation on a phone either, with the summary drawer open", async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.url, "", {
    contextOptions: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  });
  await pasteExample(page);
  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.tap("#panel-toggle");
    await page.waitForSelector("#panel", { state: "visible" });
    assert.deepEqual(await audit(page), [], `${scheme} scheme, drawer open`);
    await page.tap("#panel-toggle");
  }
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
