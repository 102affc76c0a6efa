// One label vocabulary: the page's legend, correction menus, side lists and colours come from the
// core's `labels()` (src/labels.rs), not from names spelled in the page. A label added to the
// vocabulary reaches all of them with no change to www/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, openPage } from "./harness.js";
import { pasteExample, annotated, selectInView, example } from "./page-helpers.js";

let server, browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); server?.stop(); });

/** style.css's palette slots: [light, dark] (dark only where it differs). */
const PALETTE = {
  orange: ["#e69f00"], blue: ["#0072b2", "#3a9ad9"], "bluish-green": ["#009e73"], "reddish-purple": ["#cc79a7"],
  grey: ["#999999"], yellow: ["#f0e442"], vermillion: ["#d55e00"], "sky-blue": ["#56b4e9"],
  "dark-yellow": ["#b8a000", "#d9c73a"], neutral: ["#6b6b6b", "#a0a0a0"],
};
const rgb = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;
const slotColour = (slot, scheme) => rgb(PALETTE[slot][scheme === "dark" ? 1 : 0] ?? PALETTE[slot][0]);

/** The vocabulary straight from the wasm module (instantiated here, apart from the page's worker). */
const vocabularyOf = (page) => page.evaluate(async () => {
  const core = await import("/pkg/newsmark.js");
  await core.default();
  return core.labels();
});

/** The colour a swatch of each label (and of a label outside the vocabulary) is drawn in. */
const swatchColours = (page, names) => page.evaluate((names) => {
  const out = {};
  for (const name of names) {
    const s = document.createElement("span");
    s.className = "swatch";
    s.dataset.label = name;
    document.querySelector("#legend").append(s);
    out[name] = getComputedStyle(s).borderBottomColor;
    s.remove();
  }
  return out;
}, names);

test("the legend, menus, side lists and colours follow the core's label vocabulary", async () => {
  const { page, context, consoleErrors } = await openPage(browser, server.url);
  await pasteExample(page);
  const vocabulary = await vocabularyOf(page);
  const names = vocabulary.map((l) => l.name);
  assert.ok(vocabulary.length >= 3 && vocabulary.every((l) => PALETTE[l.colour]), JSON.stringify(vocabulary));
  const ofKind = (kind) => vocabulary.filter((l) => l.kind === kind).map((l) => l.name);

  // Legend: the labels on screen, in the vocabulary's order.
  const legend = await page.$$eval("#legend input[data-toggle]", (bs) => bs.map((b) => b.dataset.toggle));
  const shown = new Set(await page.$$eval("#view mark", (ms) => ms.map((m) => m.dataset.label)));
  assert.deepEqual(legend, names.filter((n) => shown.has(n)));
  assert.ok(legend.length >= 5, legend.join(" "));
  // Side list: entity labels in the same order.
  const panel = await page.$$eval("#panel-entities h3[data-label]", (hs) => hs.map((h) => h.dataset.label));
  assert.deepEqual(panel, ofKind("entity").filter((n) => panel.includes(n)));

  // Menus: a mark's kind's labels; a selection's entity and date labels, the first preselected.
  const options = (sel) => page.$$eval(`#menu select[name="${sel}"] option`, (os) => os.map((o) => o.value));
  for (const kind of ["entity", "date"]) {
    await page.locator(`#view mark[data-kind="${kind}"]`).first().click();
    assert.deepEqual(await options("label"), ofKind(kind), `${kind} mark menu`);
    await page.keyboard.press("Escape");
  }
  const at = example.indexOf("travel to");
  await selectInView(page, at, at + "travel".length);
  assert.deepEqual(await options("entity label"), ofKind("entity"));
  assert.deepEqual(await options("date label"), ofKind("date"));
  assert.equal(await page.inputValue('#menu select[name="entity label"]'), ofKind("entity")[0]);
  await page.keyboard.press("Escape");

  // Colours: every label in its slot, in light and dark; anything else grey.
  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    const got = await swatchColours(page, [...names, "NOT-A-LABEL"]);
    for (const { name, colour } of vocabulary) assert.equal(got[name], slotColour(colour, scheme), `${name} (${colour}) in ${scheme}`);
    assert.equal(got["NOT-A-LABEL"], slotColour("grey", scheme));
    // A real mark: an entity's underline is its label's colour.
    const person = vocabulary.find((l) => l.kind === "entity" && shown.has(l.name));
    const border = await page.$eval(`#view mark[data-label="${person.name}"]`, (m) => getComputedStyle(m).borderBottomColor);
    assert.equal(border, slotColour(person.colour, scheme), `${person.name} mark in ${scheme}`);
  }

  // The rules the page built name only vocabulary labels: two per label.
  const selectors = await page.evaluate(() => document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.selectorText)));
  assert.equal(selectors.length, 2 * names.length);
  for (const sel of selectors) {
    const named = [...sel.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
    assert.ok(named.length && named.every((n) => names.includes(n)), sel);
  }

  // Hiding a label hides its marks through the rule built for it.
  const mark = page.locator(`#view mark[data-label="${legend[1]}"]`).first();
  const before = await mark.evaluate((m) => getComputedStyle(m).backgroundColor);
  await page.uncheck(`input[data-toggle="${legend[1]}"]`);
  assert.equal(await mark.evaluate((m) => getComputedStyle(m).backgroundColor), "rgba(0, 0, 0, 0)");
  assert.equal(await mark.evaluate((m) => m.classList.contains("off")), false, "by #view[data-hidden], not a class per mark");
  await page.check(`input[data-toggle="${legend[1]}"]`);
  assert.equal(await mark.evaluate((m) => getComputedStyle(m).backgroundColor), before);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test("a label added to the core's vocabulary reaches the menus, legend and colours", async () => {
  // The worker's hello, given a vocabulary with one label more (as a new line in src/labels.rs
  // would make it): EVENT, an entity drawn in the vermillion slot, after two entity labels.
  let patched = false;
  const { page, context, consoleErrors } = await openPage(browser, server.url, "", {
    setUp: (ctx) => ctx.route("**/worker.js", async (route) => {
      const res = await route.fetch();
      const source = await res.text();
      const body = source.replace('has("labels") ? core.labels() : []',
        '((l) => [...l.slice(0, 2), { name: "EVENT", kind: "entity", colour: "vermillion", description: "an event" }, ...l.slice(2)])(core.labels())');
      patched = body !== source;
      await route.fulfill({ response: res, body });
    }),
  });
  assert.ok(patched, "worker.js still hands the core's labels() over in its hello");
  await pasteExample(page);
  const vocabulary = await vocabularyOf(page);
  const entities = vocabulary.filter((l) => l.kind === "entity").map((l) => l.name);
  const at = example.indexOf("his trip, which");
  await selectInView(page, at, at + "his trip".length);
  const offered = await page.$$eval('#menu select[name="entity label"] option', (os) => os.map((o) => o.value));
  assert.deepEqual(offered, [...entities.slice(0, 2), "EVENT", ...entities.slice(2)]);
  await page.selectOption('#menu select[name="entity label"]', "EVENT");
  await page.click('#menu button[data-action="add-entity"]');
  await page.waitForSelector(`#view mark[data-label="EVENT"][data-start="${at}"]`);
  await annotated(page);
  const mark = page.locator('#view mark[data-label="EVENT"]');
  assert.equal(await mark.evaluate((m) => getComputedStyle(m).borderBottomColor), slotColour("vermillion", "light"));
  const legend = await page.$$eval("#legend input[data-toggle]", (bs) => bs.map((b) => b.dataset.toggle));
  assert.equal(legend.indexOf("EVENT"), legend.indexOf(entities[1]) + 1, legend.join(" "));
  assert.equal(await page.getAttribute('#legend label[data-label="EVENT"]', "title"), "an event");
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
