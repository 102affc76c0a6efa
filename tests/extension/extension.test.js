// The extension end to end: the test build (dist/extension-test: the shipping build plus a host
// permission for 127.0.0.1) in Debian's Chromium, on test pages served on 127.0.0.1: a news
// article with its own scripts and styles, a search page with no article, and a hostile page.
// `make extension` first; `make test-extension` runs this.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import init, { annotate, labels as coreLabels } from "../../www/pkg/newsmark.js";
import { startServer } from "../e2e/harness.js";
import { launchExtension, openTestPage, clickButton, inspect, marksOf, squash, root } from "./harness.js";

let env, vocabulary;
before(async () => {
  await init({ module_or_path: readFileSync(path.join(root, "www/pkg/newsmark_bg.wasm")) });
  vocabulary = coreLabels();
  env = await launchExtension();
});
after(async () => { await env?.close(); });

/** www/style.css's light palette: slot → "rgb(r, g, b)". */
const PALETTE = (() => {
  const css = readFileSync(path.join(root, "www/style.css"), "utf8");
  const block = css.match(/:root\s*\{([^}]*)\}/)[1];
  const out = {};
  for (const [, name, hex] of block.matchAll(/--palette-([a-z-]+)\s*:\s*(#[0-9a-f]{6})/gi)) {
    out[name] = `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;
  }
  return out;
})();

/** The page's marks grouped by span ({kind, label, start, end} → marks). */
function bySpan(marks) {
  const groups = new Map();
  for (const m of marks) {
    const key = `${m.kind}|${m.label}|${m.start}|${m.end}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(m);
  }
  return groups;
}

/** Every span drawn, and every mark a span's: texts, labels, values and speakers agree. */
function assertMarksMatch(marks, result, text) {
  const groups = bySpan(marks);
  const spanKeys = new Set(result.spans.map((s) => `${s.kind}|${s.label}|${s.start}|${s.end}`));
  assert.deepEqual(new Set(groups.keys()), spanKeys, "one group of marks per span, and no other marks");
  for (const s of result.spans) {
    const ms = groups.get(`${s.kind}|${s.label}|${s.start}|${s.end}`);
    assert.equal(squash(ms.map((m) => m.text).join("")), squash(s.text), `the marks of ${JSON.stringify(s.text)}`);
    assert.equal(s.text, text.slice(s.start, s.end));
    for (const m of ms) {
      if (s.kind === "date") assert.equal(m.value, s.value ?? null);
      if (s.kind === "quote" && s.speaker) {
        const cluster = s.speaker.entity != null ? result.entities[s.speaker.entity] : null;
        assert.equal(m.speaker, squash(cluster?.name || s.speaker.text));
      }
    }
  }
}

const boxes = (page) => page.$$eval("#story > *, .sidebar, .site-header, .site-footer", (els) =>
  els.map((e) => { const r = e.getBoundingClientRect(); return `${e.tagName} ${r.x.toFixed(1)} ${r.y.toFixed(1)} ${r.width.toFixed(1)} ${r.height.toFixed(1)}`; }));

test("the article: marks in its text only, as annotate() finds them, and the page restored exactly", async () => {
  const { page, errors, requests } = await openTestPage(env, "article.html");
  await page.waitForFunction(() => window.__article?.ready);
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  const layout = await boxes(page);

  const started = Date.now();
  const r = await clickButton(env, page);
  const ms = Date.now() - started;
  assert.equal(r.state, "marked", JSON.stringify(r));
  // The article's text, not the site's: paragraphs on lines, whitespace collapsed.
  assert.ok(r.text.startsWith("The U.S. State Department has confirmed that Antony Blinken, the Secretary of State will travel to China this weekend. The trip is part of"), r.text.slice(0, 200));
  assert.match(r.text, /communication open\.\nBlinken will be the topmost/);
  assert.match(r.text, /Qin Gang, on Tuesday/);
  for (const outside of ["Most read", "Markets rally", "Subscribe", "Terms", "Related", "Trade talks stall", "Menu"]) assert.ok(!r.text.includes(outside), outside);
  // The reference date from article:published_time, and the core's own result for that text.
  assert.equal(r.referenceDate, "2023-06-14");
  assert.deepEqual(r.annotations, annotate(r.text, { referenceDate: "2023-06-14" }));
  assert.ok(r.annotations.spans.length > 40, String(r.annotations.spans.length));

  const marks = await marksOf(page);
  assert.ok(marks.every((m) => m.inArticle), "marks only inside the article");
  assertMarksMatch(marks, r.annotations, r.text);
  // A span across elements: "Qin" in <strong>, "Gang" in <em>: two marks, same offsets.
  // (The space between them, a text node of its own, gets a mark too.)
  const qin = [...bySpan(marks).values()].find((g) => squash(g.map((m) => m.text).join("")) === "Qin Gang");
  assert.deepEqual(qin?.map((m) => m.text), ["Qin", " ", "Gang"]);
  assert.deepEqual(await page.$$eval("#story strong mark[data-newsmark], #story em mark[data-newsmark]", (ms) => ms.map((m) => m.textContent)).then((t) => t.slice(0, 2)), ["Qin", "Gang"]);

  // The page's look: no box moved; the site's own `mark {padding; bold}` does not reach the marks;
  // the newsmark page's colours.
  assert.deepEqual(await boxes(page), layout, "the layout is unchanged");
  const person = await page.$eval('mark[data-newsmark][data-label="PERSON"]', (m) => {
    const cs = getComputedStyle(m);
    return { border: cs.borderBottomColor, style: cs.borderBottomStyle, padding: cs.paddingLeft, weight: cs.fontWeight, display: cs.display };
  });
  const slot = vocabulary.find((l) => l.name === "PERSON").colour;
  assert.deepEqual(person, { border: PALETTE[slot], style: "solid", padding: "0px", weight: "400", display: "inline" });
  const dateStyle = await page.$eval('mark[data-newsmark][data-kind="date"]', (m) => getComputedStyle(m).borderBottomStyle);
  assert.equal(dateStyle, "dashed");

  // The page's scripts still work: its button, its link (now holding a mark), its handlers.
  await page.click("#menu-button");
  await page.click("#blinken-link");
  assert.deepEqual(await page.evaluate(() => [window.__article.clicks, window.__article.linkClicks, document.querySelector("#menu-count").textContent]), [1, 1, "1"]);

  // The panel: status, legend, the page's lists.
  const ui = (await inspect(env, page)).ui;
  assert.match(ui.status, /marks in the article/);
  assert.match(ui.reference, /2023-06-14 \(from article:published_time\)/);
  assert.deepEqual(ui.sections, ["panel-entities", "panel-dates", "who-said-what"]);
  assert.ok(ui.entities.some((e) => e.name === "Antony Blinken" && e.label === "PERSON"), JSON.stringify(ui.entities.slice(0, 3)));
  assert.ok(ui.dates.some((d) => d.value === "2023-06-18"));
  assert.ok(ui.speakers.some((s) => s.name === "Daniel Kritenbrink"), JSON.stringify(ui.speakers));
  const order = vocabulary.map((l) => l.name);
  const legend = ui.legend.map((l) => l.label);
  assert.deepEqual(legend, [...legend].sort((a, b) => order.indexOf(a) - order.indexOf(b)), "legend in the vocabulary's order");

  // Hover card: the mark's label and what the core knows of it.
  const box = await page.$eval('mark[data-newsmark][data-label="PERSON"]', (m) => { const r = m.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; });
  await page.mouse.move(box.x, box.y);
  assert.match((await inspect(env, page)).ui.tooltip ?? "", /^PERSON Antony Blinken · \d+ mentions/);

  // A click in the side panel lights the entity's marks and scrolls to them.
  const blinken = ui.entities.find((e) => e.name === "Antony Blinken");
  await page.mouse.click(blinken.rect.x, blinken.rect.y);
  const lit = await page.$$eval("mark[data-lit]", (ms) => ms.map((m) => {
    const r = m.getBoundingClientRect();
    return { text: m.textContent, visible: r.top >= 0 && r.bottom <= innerHeight };
  }));
  assert.equal(lit.length, r.annotations.entities.find((e) => e.name === "Antony Blinken").mentions.length);
  assert.ok(lit[0].visible && /Blinken/.test(lit[0].text), JSON.stringify(lit[0]));
  assert.match((await inspect(env, page)).ui.tooltip ?? "", /^PERSON Antony Blinken/, "the card of the mark jumped to");

  // Legend toggle: DATE off hides the date marks' colour, on brings it back.
  const dateToggle = (await inspect(env, page)).ui.legend.find((l) => l.label === "DATE");
  await page.mouse.click(dateToggle.rect.x, dateToggle.rect.y);
  assert.deepEqual(await page.$$eval('mark[data-newsmark][data-label="DATE"]', (ms) => [...new Set(ms.map((m) => `${m.hasAttribute("data-off")} ${getComputedStyle(m).backgroundColor}`))]), ["true rgba(0, 0, 0, 0)"]);
  await page.mouse.click(dateToggle.rect.x, dateToggle.rect.y);
  assert.equal(await page.$$eval("mark[data-off]", (ms) => ms.length), 0);

  // Second click: every mark and the panel gone, the DOM exactly as it was, the page's own text
  // node (held by its script) back in place.
  await page.mouse.move(0, 0);
  await page.click("#menu-button"); // the page's state changes; restore it for the comparison below
  await page.evaluate(() => { window.__article.clicks = 0; document.querySelector("#menu-count").textContent = "0"; });
  assert.deepEqual(await clickButton(env, page), { state: "cleared" });
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML), html);
  assert.ok(await page.evaluate(() => document.getElementById("live-paragraph").firstChild === window.__article.heldNode));
  assert.deepEqual(await boxes(page), layout);
  // The user stylesheet went with the marks: a <mark> the page adds now has the site's look.
  assert.equal(await page.evaluate(() => {
    const m = document.createElement("mark"); m.setAttribute("data-newsmark", ""); m.dataset.kind = "entity"; m.textContent = "x";
    document.body.append(m); const p = getComputedStyle(m).paddingLeft; m.remove(); return p;
  }), "4px");
  // Reading the page loaded nothing: not its lazy image, nor the one in its <noscript>, which
  // Readability unwraps (in the inert copy).
  assert.deepEqual(requests.filter((u) => !/\/article\.(html|css|js)/.test(u)), []);
  assert.deepEqual(errors, []);
  console.log(`# article: ${r.annotations.spans.length} spans, ${marks.length} marks, marked in ${ms} ms`);
  await page.close();
});

test("Open in newsmark and Download: the shipped page opens the view; the view file and exports", async () => {
  const { page } = await openTestPage(env, "article.html");
  const r = await clickButton(env, page);
  assert.equal(r.state, "marked");
  const { buttons } = (await inspect(env, page)).ui;

  const [opened] = await Promise.all([env.context.waitForEvent("page"), page.mouse.click(buttons.open.x, buttons.open.y)]);
  await opened.waitForURL(/#nm1\./);
  assert.ok(opened.url().startsWith(`chrome-extension://${env.extensionId}/page/index.html#nm1.`), opened.url().slice(0, 80));
  await opened.waitForSelector("#view[data-state=done]");
  assert.equal(await opened.$eval("#input", (t) => t.value), r.text);
  assert.equal(await opened.$eval("#reference-date", (i) => i.value), "2023-06-14");
  assert.equal(await opened.$$eval("#view mark", (ms) => ms.length) > 40, true);
  await opened.close();

  const [viewFile] = await Promise.all([page.waitForEvent("download"), page.mouse.click(buttons["export-view"].x, buttons["export-view"].y)]);
  assert.equal(viewFile.suggestedFilename(), "newsmark-view.json");
  assert.deepEqual(JSON.parse(readFileSync(await viewFile.path(), "utf8")), { v: 1, text: r.text, reference_date: "2023-06-14", hidden: [], corrections: [] });

  const [json] = await Promise.all([page.waitForEvent("download"), page.mouse.click(buttons["export-json"].x, buttons["export-json"].y)]);
  assert.equal(json.suggestedFilename(), "newsmark.json");
  assert.match(readFileSync(await json.path(), "utf8"), /"schema":\s*"newsmark\/1"/);
  const [html] = await Promise.all([page.waitForEvent("download"), page.mouse.click(buttons["export-html"].x, buttons["export-html"].y)]);
  assert.equal(html.suggestedFilename(), "newsmark.html");
  assert.match(readFileSync(await html.path(), "utf8"), /Antony Blinken/);

  // A served newsmark page set in the options: "Open on …" opens the same view there.
  const served = await startServer();
  env.allow(served.url);
  try {
    await env.sw.evaluate((url) => chrome.storage.local.set({ servedPage: url }), served.url);
    assert.deepEqual(await clickButton(env, page), { state: "cleared" });
    assert.equal((await clickButton(env, page)).state, "marked");
    const b = (await inspect(env, page)).ui.buttons.openServed;
    const [there] = await Promise.all([env.context.waitForEvent("page"), page.mouse.click(b.x, b.y)]);
    await there.waitForURL(/#nm1\./);
    assert.ok(there.url().startsWith(`${served.url}#nm1.`));
    await there.waitForSelector("#view[data-state=done]");
    assert.equal(await there.$eval("#input", (t) => t.value), r.text);
    await there.close();
  } finally {
    await env.sw.evaluate(() => chrome.storage.local.remove("servedPage"));
    served.stop();
  }
  assert.deepEqual(await clickButton(env, page), { state: "cleared" });
  await page.close();
});

test("an article Readability finds only on its second try (from a re-parsed copy) is marked too", async () => {
  // Its container's class looks like a sidebar: Readability's first pass drops it, and the pass
  // that finds it works on nodes re-made from HTML, which extract.js pairs with the page's by text.
  const { page, errors } = await openTestPage(env, "retry.html");
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  const r = await clickButton(env, page);
  assert.equal(r.state, "marked");
  assert.ok(r.text.startsWith("Foreign ministers from France and Germany met in Geneva"));
  // No metadata: the reference date comes from the byline.
  assert.deepEqual([r.referenceDate, r.referenceSource], ["2023-06-12", "the byline"]);
  assert.deepEqual(r.annotations, annotate(r.text, { referenceDate: "2023-06-12" }));
  const marks = await marksOf(page);
  assert.ok(marks.length >= 10);
  assertMarksMatch(marks, r.annotations, r.text);
  assert.deepEqual(await clickButton(env, page), { state: "cleared" });
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML), html);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a page without an article gets a message and keeps its DOM", async () => {
  const { page, errors } = await openTestPage(env, "no-article.html");
  const body = await page.evaluate(() => document.body.outerHTML);
  const r = await clickButton(env, page);
  assert.equal(r.state, "no-article");
  assert.match(r.message, /found no article on this page/);
  const seen = await inspect(env, page);
  assert.equal(seen.phase, "idle");
  assert.match(seen.notice, /found no article on this page/);
  assert.equal(await page.evaluate(() => document.body.outerHTML), body);
  assert.equal(await page.$$eval("mark", (ms) => ms.length), 0);
  // Again: the same message, not a toggle into a broken state.
  assert.equal((await clickButton(env, page)).state, "no-article");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a hostile page: cannot restyle, reach, forge or inject; the page is restored", async () => {
  const { page, errors, requests } = await openTestPage(env, "hostile.html");
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  const r = await clickButton(env, page);
  assert.equal(r.state, "marked", JSON.stringify(r).slice(0, 300));
  assert.ok(r.text.startsWith("Summit ends without a deal\nChancellor Olaf Scholz"), r.text.slice(0, 80));
  // The meta's "not a date" is passed over for the JSON-LD's date, as the publisher wrote it.
  assert.equal(r.referenceDate, "2024-02-29");
  assert.deepEqual(r.annotations, annotate(r.text, { referenceDate: "2024-02-29" }));
  // Text that looks like markup stayed text; emoji (surrogate pairs) kept the offsets right.
  assert.ok(r.text.includes('<img src=x onerror="window.__pwned=1">'));
  assert.equal(await page.evaluate(() => [document.querySelectorAll("img[src]").length, document.scripts.length, window.__pwned].join()), "0,2,");
  const marks = await marksOf(page);
  assert.ok(marks.length > 10 && marks.every((m) => m.inArticle));
  assertMarksMatch(marks, r.annotations, r.text);
  assert.ok(r.annotations.spans.some((s) => s.start > r.text.indexOf("🧑") && s.label === "PLACE"), "a span after the emoji");
  // The site's !important rules lose to the extension's: marks inline, visible, unpadded; panel shown.
  const look = await page.$$eval("mark[data-newsmark]:not(#fake-mark)", (ms) => [...new Set(ms.map((m) => {
    const cs = getComputedStyle(m);
    return `${cs.display} ${cs.visibility} ${cs.paddingTop} ${cs.borderBottomWidth}`;
  }))]);
  assert.deepEqual(look, ["inline visible 0px 2px"]);
  const seen = await inspect(env, page);
  assert.ok(seen.ui.panelRect.width > 300 && seen.ui.panelRect.height > 300, JSON.stringify(seen.ui.panelRect));
  assert.equal(seen.ui.tooltip, null, "the page's synthetic mouseovers show no card");
  // The page saw a host with no shadow root, patched prototypes the extension never used, and
  // no extension API.
  const h = await page.evaluate(() => window.__hostile);
  assert.deepEqual({ stolen: h.stolenRoots, roots: h.shadowRootsSeen, runtime: h.runtime, events: h.events }, { stolen: 0, roots: ["null"], runtime: "undefined", events: [] });
  assert.ok(h.syntheticHovers > 0);
  // Its forged window.__newsmark changed nothing: the toggle clears, and its look-alike mark stays.
  assert.deepEqual(await clickButton(env, page), { state: "cleared" });
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML), html);
  assert.equal(await page.$$eval("#fake-mark", (ms) => ms.length), 1);
  // Reading the page loaded nothing: not the image in its <noscript>, which Readability unwraps
  // (with innerHTML, in the inert copy, under the page's Trusted Types policy).
  assert.deepEqual(requests.filter((u) => !/\/hostile\.(html|css|js)/.test(u)), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("no request left the machine: pages, extension pages and the service worker", async () => {
  assert.deepEqual(env.outside, []);
  // The service worker's requests are in `outside` too (playwright reports them with the
  // context's), but it fetched its wasm before the test attached: its own record of what it
  // loaded must hold nothing from elsewhere either.
  const fetched = await env.sw.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
  assert.deepEqual(fetched.filter((u) => !u.startsWith("chrome-extension://")), []);
});
