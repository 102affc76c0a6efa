// Hostile text and links (issue 8): pasted HTML/JS and crafted share fragments never execute or
// become markup in the view, tooltips, side lists or #status, nor in the HTML export; the page
// makes no request outside its origin and keeps its Content-Security-Policy.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { startServer, launchBrowser, openPage } from "./harness.js";
import { annotated, features } from "./page-helpers.js";

export const PAYLOADS = [
  "<script>alert(1)</script>",
  "</textarea><img src=x onerror=alert(1)>",
  "\"><svg onload=alert(1)>",
  "javascript:alert(1)",
  "'><iframe src=\"javascript:alert(1)\"></iframe>",
  "<a href=\"javascript:alert(1)\">click</a>",
  "<img src=\"http://127.0.0.1:9/beacon.png\">",
  "<style>@import 'http://127.0.0.1:9/x.css';</style>",
  "{{constructor.constructor('alert(1)')()}}",
  "${alert(1)}",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
];

// The payloads where the recognizers look: as names, in quotes, as speakers, next to dates.
const article = [
  "<h1>WASHINGTON</h1> (AP) — Secretary of State Antony Blinken <script>alert(1)</script> will travel to Beijing on Sunday, June 18, 2023.",
  "",
  ...PAYLOADS.map((p, i) => `“We will talk about ${p} frankly,” said ${["Daniel Kritenbrink", "Qin Gang", "Maria Okafor"][i % 3]} ${p} on Monday.`),
  "",
  "The </textarea><img src=x onerror=alert(1)> Department and \"><svg onload=alert(1)> Corp. met in javascript:alert(1) City last week.",
].join("\n");

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });

/** Fails on any dialog; collects them for the assertion at the end. */
function watchDialogs(page) {
  const dialogs = [];
  page.on("dialog", async (d) => { dialogs.push(`${d.type()}: ${d.message()}`); await d.dismiss(); });
  return dialogs;
}

/** Elements and attributes that only injected markup would bring, anywhere in the page. */
async function injected(page) {
  return page.evaluate(() => {
    const bad = [];
    const suspicious = "img, svg, iframe, object, embed, math, style:not(head style), link:not(head link), base, form, a[href^='javascript' i], meta:not(head meta)";
    for (const el of document.querySelectorAll(suspicious)) bad.push(el.outerHTML.slice(0, 80));
    for (const el of document.querySelectorAll("script")) if (!el.src || new URL(el.src).origin !== location.origin) bad.push(el.outerHTML.slice(0, 80));
    for (const el of document.querySelectorAll("*")) {
      for (const a of el.attributes) if (/^on/i.test(a.name)) bad.push(`${el.tagName} ${a.name}`);
    }
    for (const sel of ["#status", "#tooltip"]) {
      const el = document.querySelector(sel);
      if (el && sel === "#status" && el.children.length) bad.push(`${sel} has child elements`);
    }
    return bad;
  });
}

async function hoverSomeMarks(page) {
  const marks = page.locator("#view mark");
  const n = Math.min(await marks.count(), 12);
  for (let i = 0; i < n; i++) {
    await marks.nth(i).hover();
    await page.waitForTimeout(20);
    const tip = await page.$("#tooltip");
    if (tip) assert.deepEqual(await injected(page), [], "after hovering a mark");
  }
}

async function assertClean(page, dialogs, outsideRequests) {
  assert.deepEqual(await injected(page), []);
  assert.deepEqual(dialogs, [], "no dialog opened");
  assert.deepEqual(outsideRequests, [], "no request left the origin");
}

test("pasted hostile text shows as text only, in the view, tooltips, side lists and status", async () => {
  const { page, context, consoleErrors, outsideRequests } = await openPage(browser, server.url);
  const dialogs = watchDialogs(page);
  await page.fill("#reference-date", "2023-06-14");
  await page.fill("#input", article);
  await annotated(page);
  assert.ok(await page.locator("#view mark").count() > 5, "the hostile article is still annotated");
  const shown = await page.evaluate(() => document.querySelector("#view").textContent);
  assert.equal(shown.replace(/\s+/g, " ").trim(), article.replace(/\s+/g, " ").trim(), "the view shows the text itself");
  await hoverSomeMarks(page);
  // Side lists: click an entity there, which lights its mentions.
  const listed = page.locator("#panel li, #panel button").first();
  if (await listed.count()) await listed.click();
  await assertClean(page, dialogs, outsideRequests);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

function fragmentOf(view) {
  return "nm1." + deflateSync(Buffer.from(JSON.stringify({ v: 1, ...view }))).toString("base64url");
}

const crafted = [
  ["hostile text, labels and corrections", fragmentOf({
    text: article, reference_date: "2023-06-14", hidden: ["<img src=x onerror=alert(1)>", "NORP"],
    corrections: [
      { op: "add", kind: "entity", label: "PERSON", start: 0, end: 15, text: article.slice(0, 15) },
      { op: "relabel", kind: "entity", start: 0, end: 15, text: article.slice(0, 15), label: "\"><svg onload=alert(1)>" },
      { op: "add", kind: "quote", label: "QUOTE", start: 0, end: 25, text: article.slice(0, 25), speaker: "<script>alert(1)</script>" },
      { op: "add", kind: "date", label: "DATE", start: 0, end: 4, text: article.slice(0, 4), value: "</textarea><img src=x onerror=alert(1)>" },
    ],
  })],
  ["a hostile reference date", fragmentOf({ text: "Blinken left on Sunday.", reference_date: "\"><svg onload=alert(1)>", hidden: [], corrections: [] })],
  ["markup instead of a payload", "nm1.<img src=x onerror=alert(1)>"],
  ["a script fragment", "<script>alert(1)</script>"],
  ["a javascript: fragment", "javascript:alert(1)"],
  ["a future version", "nm9.AAAA"],
  ["a truncated link", fragmentOf({ text: "Blinken left on Sunday." }).slice(0, 21)],
];

test("crafted share fragments open as plain text or are refused with a message", async (t) => {
  const probe = await openPage(browser, server.url);
  const hasShare = (await features(probe.page)).has("decodeShare");
  await probe.context.close();
  if (!hasShare) { t.skip("this wasm build has no share links"); return; }
  for (const [name, fragment] of crafted) {
    const { page, context, outsideRequests } = await openPage(browser, server.url, "#" + fragment);
    const dialogs = watchDialogs(page);
    await page.waitForFunction(() => document.querySelector("#view")?.dataset.state === "done" || document.querySelector("#status")?.dataset.kind === "error");
    const status = await page.textContent("#status");
    t.diagnostic(`${name}: ${status.slice(0, 100)}`);
    assert.ok(status.trim().length > 0, `${name}: a message`);
    if (await page.locator("#view mark").count()) await hoverSomeMarks(page);
    await assertClean(page, dialogs, outsideRequests);
    await context.close();
  }
});

test("the HTML export of hostile text holds no live markup", async (t) => {
  const { page, context } = await openPage(browser, server.url);
  if (!(await features(page)).has("exportView")) { t.skip("this wasm build has no exports"); return context.close(); }
  await page.fill("#reference-date", "2023-06-14");
  await page.fill("#input", article);
  await annotated(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click('button[data-export="html"]')]);
  const html = readFileSync(await download.path(), "utf8");
  // No tag the payloads bring (their text is escaped: `&lt;img …`); attributes are checked on
  // the parsed page below.
  assert.doesNotMatch(html, /<(script|img|svg|iframe|math|object|embed|a)\b/i);
  // Opened as a page of its own: nothing runs, the payloads are shown as text.
  const viewer = await context.newPage();
  const dialogs = watchDialogs(viewer);
  await viewer.setContent(html);
  assert.deepEqual(await injected(viewer), []);
  const body = await viewer.evaluate(() => document.body.textContent);
  assert.ok(body.includes("<script>alert(1)</script>"), "the payload is shown as text");
  assert.deepEqual(dialogs, []);
  await context.close();
});

test("the page is served and declared with the Content-Security-Policy, and it holds", async () => {
  const { page, context } = await openPage(browser, server.url);
  const required = ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'none'"];
  const res = await page.request.get(server.url);
  const header = res.headers()["content-security-policy"] || "";
  const meta = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  for (const d of required) {
    assert.ok(header.includes(d), `header lacks ${d}: ${header}`);
    assert.ok(meta.includes(d), `meta lacks ${d}: ${meta}`);
  }
  // An inline script, as injected markup would bring, does not run.
  const ran = await page.evaluate(async () => {
    const s = document.createElement("script");
    s.textContent = "window.__injectedRan = true";
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 50));
    s.remove();
    return window.__injectedRan === true;
  });
  assert.equal(ran, false, "CSP blocks inline scripts");
  // The detector the other tests rely on does see injected markup, and CSP keeps its handler
  // from running.
  const dialogs = watchDialogs(page);
  await page.evaluate(() => document.querySelector("#status").insertAdjacentHTML("beforeend", "<img src=x onerror=alert(1)>"));
  await page.waitForTimeout(100);
  const found = await injected(page);
  assert.ok(found.some((x) => x.includes("onerror")) && found.some((x) => x.includes("#status")), JSON.stringify(found));
  assert.deepEqual(dialogs, [], "inline handlers are blocked by the CSP");
  const source = readFileSync(new URL("../../www/index.html", import.meta.url), "utf8");
  assert.doesNotMatch(source, /<script(?![^>]*\bsrc=)[^>]*>/i, "index.html has no inline script");
  await context.close();
});

test("hostile label names in a link stay text and add no CSS; unknown labels are drawn grey", async (t) => {
  const probe = await openPage(browser, server.url);
  const hasShare = (await features(probe.page)).has("decodeShare");
  await probe.context.close();
  if (!hasShare) { t.skip("this wasm build has no share links"); return; }
  const text = "Ada Lovelace met Bob Smith in Rome on Monday, June 5, 2023.";
  const cssy = ["x\"],*{color:red}[x=\"", "</style><style>*{display:none}</style>", "PERSON ORG", "--palette-orange"];
  const fragment = fragmentOf({
    text, reference_date: "2023-06-14", hidden: [...cssy, "_1-x"],
    corrections: [ // a reader's own entity labels: letters, digits, _ and - (the core refuses others)
      { op: "add", kind: "entity", label: "--palette-orange", start: 0, end: 12, text: "Ada Lovelace" },
      { op: "add", kind: "entity", label: "_1-x", start: 17, end: 26, text: "Bob Smith" },
    ],
  });
  const { page, context, consoleErrors, outsideRequests } = await openPage(browser, server.url, "#" + fragment);
  const dialogs = watchDialogs(page);
  await annotated(page);
  assert.match(await page.textContent("#status"), /Opened a shared view with 2 corrections/);
  // The legend shows every hidden name as text, unchecked.
  const legend = await page.$$eval("#legend label", (ls) => ls.map((l) => [l.children[2].textContent, l.querySelector("input").checked]));
  for (const name of [...cssy, "_1-x"]) assert.ok(legend.some(([n, on]) => n === name && !on), `${name} in ${JSON.stringify(legend)}`);
  // No rule was made for them: the page's label rules name vocabulary labels only, and #view
  // lists no hidden vocabulary label (so "PERSON ORG" hides no PERSON).
  const { names, selectors } = await page.evaluate(async () => {
    const { core } = await import("/core.js");
    const names = (await core.hello).labels.map((l) => l.name);
    return { names, selectors: document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.selectorText)) };
  });
  assert.equal(selectors.length, 2 * names.length);
  for (const sel of selectors) assert.ok([...sel.matchAll(/"([^"]*)"/g)].every((m) => names.includes(m[1])), sel);
  assert.equal(await page.getAttribute("#view", "data-hidden"), "");
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).color === "rgb(255, 0, 0)"), false);
  assert.equal(await page.isVisible("#view"), true);
  // A reader's own label: its mark is drawn grey, whatever its name; hidden by a class, shown again.
  const own = page.locator('#view mark[data-label="--palette-orange"]');
  assert.equal(await own.textContent(), "Ada Lovelace");
  const grey = "rgb(153, 153, 153)";
  await page.click('#legend input[data-toggle="--palette-orange"]');
  assert.equal(await own.evaluate((m) => getComputedStyle(m).borderBottomColor), grey);
  const bob = page.locator('#view mark[data-label="_1-x"]');
  assert.equal(await bob.evaluate((m) => m.classList.contains("off") && getComputedStyle(m).backgroundColor), "rgba(0, 0, 0, 0)");
  await page.click('#legend input[data-toggle="_1-x"]');
  assert.equal(await bob.evaluate((m) => getComputedStyle(m).borderBottomColor), grey);
  await hoverSomeMarks(page);
  await assertClean(page, dialogs, outsideRequests);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
