// The page end to end: paste the example article, see its marks, toggle a label, read tooltips
// and the side panel, correct marks with undo and redo, and keep up with a megabyte of text.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, openPage, screenshotPath } from "./harness.js";
import { example, pasteExample, annotated, marksOf, selectInView } from "./page-helpers.js";

let server, browser;

before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });

test("pasting the example article lights up people, dates and quotes", async () => {
  const { page, context, consoleErrors, outsideRequests } = await openPage(browser, server.url);
  await page.setViewportSize({ width: 1280, height: 900 });
  await pasteExample(page);

  const date = page.locator('#view mark[data-kind="date"]', { hasText: /^Sunday, June 18, 2023$/ });
  assert.equal(await date.getAttribute("data-value"), "2023-06-18");
  const start = Number(await date.getAttribute("data-start"));
  assert.equal(example.slice(start, Number(await date.getAttribute("data-end"))), "Sunday, June 18, 2023");

  const quote = page.locator('#view mark[data-kind="quote"]', { hasText: "We’re coming to Beijing" });
  assert.match(await quote.getAttribute("data-speaker"), /Kritenbrink/);

  // Every mark's offsets slice the article to exactly the mark's text.
  const slices = await page.$$eval("#view mark", (ms) => ms.map((m) => [Number(m.dataset.start), Number(m.dataset.end), m.textContent]));
  for (const [s, e, text] of slices) assert.equal(example.slice(s, e), text);

  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: screenshotPath(`example-article-${scheme}.png`), fullPage: true });
  }
  await page.screenshot({ path: screenshotPath("example-article.png"), fullPage: true });

  const person = page.locator('#view mark[data-kind="entity"]', { hasText: /^Daniel Kritenbrink$/ });
  assert.equal(await person.first().getAttribute("data-label"), "PERSON");
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
  // The legend counts what the view shows.
  const count = await page.textContent('#legend label[data-label="PLACE"] .count');
  assert.equal(Number(count), await marks.count());
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("focusing a mark shows a tooltip with its label, date value or speaker", async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  await pasteExample(page);
  const tooltip = page.locator("#tooltip");
  assert.equal(await tooltip.isHidden(), true);

  await page.locator('#view mark[data-kind="date"]', { hasText: /^Sunday, June 18, 2023$/ }).focus();
  await tooltip.waitFor({ state: "visible" });
  assert.match(await tooltip.textContent(), /DATE[^]*2023-06-18/);

  const quote = page.locator('#view mark[data-kind="quote"]', { hasText: "We’re coming to Beijing" });
  await quote.focus();
  assert.match(await tooltip.textContent(), /QUOTE[^]*said by [^]*Kritenbrink/);
  assert.equal(await quote.getAttribute("aria-describedby"), "tooltip");
  // …and its speaker's mention is outlined while it is described.
  assert.match(await page.locator("#view mark.speaker-lit").first().textContent(), /Kritenbrink/);

  // Hovering works too, and a mark inside a quote shows both.
  const inner = page.locator('#view mark[data-kind="quote"] mark[data-kind="entity"]').first();
  await inner.hover();
  const text = await tooltip.textContent();
  assert.match(text, new RegExp(await inner.getAttribute("data-label")));
  assert.match(text, /QUOTE/);

  // Marks are focusable and the view is one tab stop (a roving tabindex, issue 18): → goes to the
  // next mark, Tab leaves the marks.
  assert.equal(await page.locator('#view mark[tabindex="0"]').count(), 1);
  await page.locator("#view mark").first().focus();
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.evaluate(() => document.activeElement === document.querySelectorAll("#view mark")[1]), true);
  assert.equal(await page.getAttribute("#view mark >> nth=1", "tabindex"), "0");
  await page.keyboard.press("Escape");
  await tooltip.waitFor({ state: "hidden" });
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("the side panel lists entities, dates in time order and who said what", async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  await pasteExample(page);

  // Entities: clicking one lights all its mentions.
  const entity = page.locator("#panel-entities button.entity").first();
  const mentions = Number(await entity.locator(".count").textContent());
  await entity.click();
  // (Since issue 18 a cluster is lit by one CSS rule rather than a class on each of its marks:
  // what counts is that each mention shows the outline.)
  const outlined = await page.$$eval("#view mark", (ms) => ms.filter((m) => getComputedStyle(m).outlineStyle === "solid").length);
  assert.equal(outlined, mentions);
  assert.equal(await page.evaluate(() => document.activeElement.tagName === "MARK" && getComputedStyle(document.activeElement).outlineStyle), "solid");

  // Dates, in time order, with their values.
  const values = await page.$$eval("#panel-dates button.date", (bs) => bs.map((b) => b.dataset.value).filter((v) => /^\d{4}-\d\d-\d\d$/.test(v)));
  assert.ok(values.includes("2023-06-18"));
  assert.deepEqual(values, [...values].sort());

  // Who said what: Kritenbrink's group holds his quote; his name jumps to his quotes.
  const group = page.locator("#who-said-what button.speaker", { hasText: /Kritenbrink/ });
  const n = Number(await group.locator(".count").textContent());
  assert.ok(n >= 1);
  const quotes = group.locator("xpath=ancestor::div[contains(@class,'speaker-group')]//button[contains(@class,'quote')]");
  assert.equal(await quotes.count(), n);
  assert.ok((await quotes.allTextContents()).some((q) => q.includes("We’re coming to Beijing")));
  await group.click();
  const lit = page.locator('#view mark.lit[data-kind="quote"]');
  assert.equal(await lit.count(), n);
  for (const speaker of await lit.evaluateAll((ms) => ms.map((m) => m.dataset.speaker))) assert.match(speaker, /Kritenbrink/);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.kind), "quote");
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("marks can be relabelled, removed and added, with undo and redo", async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  await pasteExample(page);
  const place = page.locator('#view mark[data-label="PLACE"]').first();
  const start = await place.getAttribute("data-start");
  const at = page.locator(`#view mark[data-kind="entity"][data-start="${start}"]`);

  // Relabel by keyboard: Enter on the mark, choose ORG.
  await place.focus();
  await page.keyboard.press("Enter");
  await page.selectOption('#menu select[name="label"]', "ORG");
  await page.click('#menu button[data-action="relabel"]');
  await page.waitForFunction((s) => document.querySelector(`#view mark[data-kind="entity"][data-start="${s}"]`)?.dataset.label === "ORG", start);
  await annotated(page);
  assert.match(await page.textContent("#status"), /PLACE to ORG/);

  // Undo and redo with the keyboard (focus on the page, not in the text box).
  await page.locator("#view mark").first().focus();
  await page.keyboard.press("Control+z");
  await page.waitForFunction((s) => document.querySelector(`#view mark[data-kind="entity"][data-start="${s}"]`)?.dataset.label === "PLACE", start);
  await page.keyboard.press("Control+Shift+z");
  await page.waitForFunction((s) => document.querySelector(`#view mark[data-kind="entity"][data-start="${s}"]`)?.dataset.label === "ORG", start);

  // Remove by clicking.
  await annotated(page);
  await at.click();
  await page.click('#menu button[data-action="remove"]');
  await page.waitForFunction((s) => !document.querySelector(`#view mark[data-kind="entity"][data-start="${s}"]`), start);
  await page.click("#undo");
  await page.waitForFunction((s) => document.querySelector(`#view mark[data-kind="entity"][data-start="${s}"]`)?.dataset.label === "ORG", start);

  // Add: select plain words and mark them as an entity.
  await annotated(page);
  const phrase = "spy balloon";
  const s = example.indexOf(phrase);
  await selectInView(page, s, s + phrase.length);
  await page.selectOption('#menu select[name="entity label"]', "MISC");
  await page.click('#menu button[data-action="add-entity"]');
  const added = page.locator(`#view mark[data-kind="entity"][data-start="${s}"][data-end="${s + phrase.length}"]`);
  await added.waitFor();
  assert.equal(await added.getAttribute("data-label"), "MISC");
  assert.equal(await added.textContent(), phrase);

  // A date with a value.
  await annotated(page);
  const when = "the weekend";
  const w = example.indexOf(when);
  if (w >= 0 && !(await page.$(`#view mark[data-kind="date"][data-start="${w}"]`))) {
    await selectInView(page, w, w + when.length);
    await page.fill('#menu input[name="value"]', "2023-W25-WE");
    await page.click('#menu button[data-action="add-date"]');
    const date = page.locator(`#view mark[data-kind="date"][data-start="${w}"]`);
    await date.waitFor();
    assert.equal(await date.getAttribute("data-value"), "2023-W25-WE");
  }

  // Editing the text keeps corrections anchored to their words.
  await annotated(page);
  await page.fill("#input", `Breaking news.\n${example}`);
  const shift = "Breaking news.\n".length;
  await page.waitForSelector(`#view mark[data-kind="entity"][data-start="${s + shift}"][data-label="MISC"]`);
  assert.equal(await page.getAttribute(`#view mark[data-kind="entity"][data-start="${Number(start) + shift}"]`, "data-label"), "ORG");
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("corrections are listed in the panel, marked in the text, and can be taken back", async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  await pasteExample(page);
  assert.equal(await page.locator("#panel-corrections li").count(), 0);
  const mark = page.locator('#view mark[data-kind="entity"]').first();
  const start = await mark.getAttribute("data-start");
  await mark.click();
  await page.click('#menu button[data-action="remove"]');
  await page.waitForSelector("#panel-corrections li");
  assert.match(await page.textContent("#panel-corrections li"), /Removed entity/);
  const date = page.locator('#view mark[data-kind="date"]').first();
  const dateStart = await date.getAttribute("data-start");
  await date.click();
  await page.fill('#menu input[name="value"]', "2023-06-20");
  await page.click('#menu button[data-action="set-value"]');
  const changed = page.locator(`#view mark[data-kind="date"][data-start="${dateStart}"][data-value="2023-06-20"]`);
  await changed.waitFor();
  assert.equal(await changed.getAttribute("data-corrected"), "true");
  await changed.focus();
  await page.mouse.move(0, 0); // the pointer may rest on another mark after the menu closed
  assert.match(await page.textContent("#tooltip"), /2023-06-20 · corrected/);
  await page.waitForFunction(() => document.querySelectorAll("#panel-corrections li").length === 2);
  // Take the removal back from the panel.
  await page.click("#panel-corrections li:first-child button.drop");
  await page.waitForSelector(`#view mark[data-kind="entity"][data-start="${start}"]`);
  await page.waitForFunction(() => document.querySelectorAll("#panel-corrections li").length === 1);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("an internal error shows a message and the page recovers on the next edit", async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  // The core fails once (as a refused text would)…
  await page.evaluate(async () => {
    const { core } = await import("/core.js");
    const real = core.callWithin.bind(core);
    let failures = 1;
    core.callWithin = (ms, op, ...args) => (op === "annotate" && failures-- > 0 ? Promise.reject(new Error("simulated failure")) : real(ms, op, ...args));
  });
  await page.fill("#input", "Angela Merkel visited Paris on Monday.");
  await page.waitForFunction(() => document.querySelector("#status").dataset.kind === "error");
  assert.match(await page.textContent("#status"), /Could not annotate this text: simulated failure/);
  await page.fill("#input", "Angela Merkel visited Paris on Monday, June 5, 2023.");
  await annotated(page);
  assert.ok(await page.locator("#view mark").count() > 0);
  assert.notEqual(await page.getAttribute("#status", "data-kind"), "error");

  // …then a core that overruns its time limit is stopped with a message, and a new one serves.
  const overrun = await page.evaluate(async (text) => {
    const { core } = await import("/core.js");
    const message = await core.callWithin(20, "annotate", { text, hidden: [], corrections: [] }).then(() => "finished", (e) => e.message);
    const after = await core.call("annotate", { text: "Angela Merkel spoke.", hidden: [], corrections: [] });
    return { message, after: typeof after.head === "string" && Array.isArray(after.spans) };
  }, "Angela Merkel visited Paris on Monday. ".repeat(20_000));
  assert.match(overrun.message, /took longer than 0 s and was stopped/);
  assert.equal(overrun.after, true);

  // …then the worker itself dies: the next edit starts a new one.
  await page.evaluate(async () => {
    const { core } = await import("/core.js");
    core.worker.dispatchEvent(new ErrorEvent("error", { message: "simulated crash" }));
  });
  await page.fill("#input", "Emmanuel Macron spoke in Berlin on Tuesday.");
  await annotated(page);
  assert.match(await page.textContent("#view"), /Macron/);
  assert.ok(await page.locator("#view mark").count() > 0);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("the view is built in blocks; a runaway mark is cut into parts that read as one", async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  const out = await page.evaluate(async () => {
    const { renderView } = await import("/render.js");
    const text = "word ".repeat(40_000); // 200,000 characters, no line break
    const result = { entities: [], spans: [
      { id: 0, kind: "quote", label: "QUOTE", start: 0, end: 150_000, speaker: null },
      { id: 1, kind: "entity", label: "PERSON", start: 100_000, end: 100_004, entity: null },
      { id: 2, kind: "date", label: "DATE", start: 160_000, end: 160_004, value: "2023" },
    ] };
    const box = document.createElement("div");
    document.body.append(box);
    const t0 = performance.now();
    await renderView(box, text, result).done;
    const ms = performance.now() - t0;
    // Spans out of order or out of bounds (never from the core) cannot garble the text.
    const odd = document.createElement("div");
    document.body.append(odd);
    await renderView(odd, "Ada met Bob in Rome.", { entities: [], spans: [
      { id: 0, kind: "entity", label: "PLACE", start: 15, end: 19 }, { id: 1, kind: "entity", label: "PERSON", start: 0, end: 3 },
      { id: 2, kind: "entity", label: "PERSON", start: 8, end: 99 }, { id: 3, kind: "date", label: "DATE", start: -4, end: 2 },
    ] }).done;
    const oddOk = odd.textContent === "Ada met Bob in Rome." && odd.querySelectorAll("mark").length === 2;
    const quoteParts = [...box.querySelectorAll('mark[data-kind="quote"]')];
    const person = box.querySelector('mark[data-label="PERSON"]');
    return {
      ms, oddOk, same: box.textContent === text, blocks: box.querySelectorAll(".block").length,
      parts: quoteParts.length, continued: quoteParts.filter((m) => m.dataset.part === "continued").length,
      quoteText: quoteParts.map((m) => m.textContent).join("") === text.slice(0, 150_000),
      personInQuote: person?.parentElement?.dataset.kind === "quote" && person.textContent === "word",
      date: box.querySelector('mark[data-kind="date"]')?.closest('mark[data-kind="quote"]') === null,
    };
  });
  assert.equal(out.same, true);
  assert.equal(out.oddOk, true);
  assert.ok(out.blocks >= 10, `${out.blocks} blocks`);
  assert.ok(out.parts > 1 && out.continued === out.parts - 1, JSON.stringify(out));
  assert.equal(out.quoteText, true);
  assert.equal(out.personInQuote, true);
  assert.equal(out.date, true);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("a new article does not inherit the previous article's corrections", async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  await page.fill("#input", "Joe Biden met Xi Jinping in Bali. Biden said so on Monday.");
  await annotated(page);
  const word = "Bali";
  const at = (await page.inputValue("#input")).indexOf(word);
  await selectInView(page, at, at + word.length);
  await page.selectOption('#menu select[name="entity label"]', "ORG");
  await page.click('#menu button[data-action="add-entity"]');
  await page.waitForSelector(`#view mark[data-start="${at}"][data-label="ORG"]`);
  // The example article mentions Bali too: its Bali must stay as the annotator sees it. (Since
  // issue 18 the page asks first, and Undo brings the previous article back with its correction.)
  await page.click("#load-example");
  await page.click("#confirm-ok");
  await page.waitForFunction(() => /correction made to the previous one was cleared/.test(document.querySelector("#status").textContent));
  await annotated(page);
  assert.equal(await page.locator('#view mark[data-label="ORG"]', { hasText: /^Bali$/ }).count(), 0);
  assert.equal(await page.locator("#panel-corrections li").count(), 0);
  await page.click("#undo");
  await page.waitForSelector(`#view mark[data-start="${at}"][data-label="ORG"]`);
  assert.match(await page.inputValue("#input"), /^Joe Biden met Xi Jinping in Bali/);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("a correction whose words are deleted is dropped with a notice", async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  await pasteExample(page);
  const phrase = "spy balloon";
  const s = example.indexOf(phrase);
  await selectInView(page, s, s + phrase.length);
  await page.click('#menu button[data-action="add-entity"]');
  await page.waitForSelector(`#view mark[data-kind="entity"][data-start="${s}"]`);
  await page.fill("#input", example.replaceAll(phrase, "weather probe"));
  await page.waitForFunction(() => /dropped/.test(document.querySelector("#status").textContent));
  assert.match(await page.textContent("#status"), /“spy balloon”/);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("an edit made while an older run is in flight keeps the view pending until its own marks are shown", async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  // A reference date change annotates at once (the empty text); the paste right after waits for
  // its debounce. The empty text's run finishes first and must not report the view "done".
  const seen = await page.evaluate(async (text) => {
    const date = document.querySelector("#reference-date"), input = document.querySelector("#input");
    date.value = "2023-06-14";
    date.dispatchEvent(new Event("change", { bubbles: true }));
    input.value = text;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await new Promise((resolve) => {
      const check = () => (document.querySelector("#view").dataset.state === "done" ? resolve() : setTimeout(check, 1));
      check();
    });
    return document.querySelectorAll("#view mark").length;
  }, example);
  assert.ok(seen > 20, `"done" with ${seen} marks shown`);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("the page is ready quickly and a megabyte is annotated and shown while staying responsive", async (t) => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  const ready = await page.evaluate(() => performance.getEntriesByName("newsmark:ready")[0].startTime);

  // First annotation: the example article put in as soon as the page is ready.
  const first = await page.evaluate(async (text) => {
    const input = document.querySelector("#input");
    const t0 = performance.now();
    input.value = text;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await new Promise((resolve) => {
      const check = () => (document.querySelector("#view").dataset.state === "done" ? resolve() : requestAnimationFrame(check));
      check();
    });
    return { total: performance.now() - t0, sinceNavigation: performance.now() };
  }, example);

  // One megabyte: the example article, repeated.
  const big = Array.from({ length: Math.ceil(1_000_000 / example.length) }, () => example).join("\n");
  const run = await page.evaluate(async (text) => {
    const input = document.querySelector("#input");
    const t0 = performance.now();
    input.value = text; // as a paste: annotated at once, no typing debounce
    input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    // Responsiveness while annotating and rendering: the longest gap between animation frames
    // after the paste.
    const gaps = [];
    let last = null, watching = true, frame = 0;
    const tick = () => { const now = performance.now(); if (++frame > 1) gaps.push(now - last); last = now; if (watching) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    await new Promise((resolve) => {
      const check = () => (document.querySelector("#view").dataset.state === "done" ? resolve() : setTimeout(check, 5));
      setTimeout(check, 5);
    });
    const total = performance.now() - t0;
    watching = false;
    const view = document.querySelector("#view");
    return { total, annotate: Number(view.dataset.annotateMs), core: Number(view.dataset.coreMs), firstShown: Number(view.dataset.firstShownMs), preview: Number(view.dataset.previewShownMs), marks: view.querySelectorAll("mark").length, maxFrameGap: Math.max(...gaps), frames: gaps.length };
  }, big);
  t.diagnostic(`ready ${ready.toFixed(0)} ms after navigation; example annotated and shown ${first.total.toFixed(0)} ms after input (incl. ${120} ms debounce), ${first.sinceNavigation.toFixed(0)} ms after navigation`);
  t.diagnostic(`1 MB (${big.length} chars): first screens with marks ${run.preview.toFixed(0)} ms, whole result's first screen ${run.firstShown.toFixed(0)} ms, all ${run.total.toFixed(0)} ms after the paste (core ${run.core.toFixed(0)} ms, result on the page at ${run.annotate.toFixed(0)} ms), ${run.marks} marks, longest frame gap ${run.maxFrameGap.toFixed(0)} ms over ${run.frames} frames`);
  // Not a timed test (make test must pass on a slow machine): only sanity bounds here.
  assert.ok(run.marks > 50 * 200, `${run.marks} marks`);
  // The megabyte's text box is folded (its layout would stall the page); it unfolds on request.
  assert.equal(await page.isVisible("#fold-note"), true);
  await page.click("#unfold");
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("#input")).contentVisibility), "visible");
  assert.equal(await page.isHidden("#fold-note"), true);
  const lastMark = await page.$eval("#view .block:last-child mark:last-of-type", (m) => Number(m.dataset.end)).catch(() => null);
  assert.ok(lastMark == null || lastMark <= big.length);
  assert.ok(run.total < 30_000);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

// Issue 19: the timeline shows a range as one interval entry, and an optional reference time
// beside the reference date lets clock-relative times resolve.
test("a range is one timeline entry and a reference time resolves relative times", async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  await page.fill("#reference-date", "2023-06-14");
  await page.fill("#reference-time", "09:30");
  await page.fill("#input", "The fair ran 10 - 22 August 2012. The bus leaves in ten minutes.");
  await page.waitForSelector('#view mark[data-kind="date"]');
  await annotated(page);
  const entries = await page.$$eval("#panel-dates li button.date", (bs) => bs.map((b) => b.textContent));
  assert.ok(entries.some((t) => t.includes("2012-08-10 \u2013 2012-08-22") && t.includes("10 \u2013 22 August 2012")), entries.join(" | "));
  assert.equal(entries.filter((t) => t.includes("2012-08")).length, 1, entries.join(" | "));
  const soon = page.locator('#view mark[data-kind="date"]', { hasText: /^ten minutes$/ });
  assert.equal(await soon.getAttribute("data-value"), "2023-06-14T09:40");
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
