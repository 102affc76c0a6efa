// The marks take the newsmark page's colours: each label's own `light`/`dark` from the core's
// labels() (as the page and the HTML export draw them), and www/style.css's look for the rest
// (the tint, quotes, lit marks, a label without colours), read at build time.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import init, { labels } from "../../www/pkg/newsmark.js";
import { pageLook } from "../../extension/look.mjs";
import { marksCss, swatchCss, labelColour } from "../../extension/src/colours.js";
import { root } from "./harness.js";

const look = pageLook(readFileSync(path.join(root, "www/style.css"), "utf8"));
await init({ module_or_path: readFileSync(path.join(root, "www/pkg/newsmark_bg.wasm")) });
const vocabulary = labels();

test("www/style.css's look, light and dark", () => {
  assert.ok(look);
  for (const scheme of ["light", "dark"]) {
    const l = look[scheme];
    assert.ok(l.tint > 0 && l.tint < 1, `${scheme} tint ${l.tint}`);
    for (const c of [l.other, l.quoteLine, l.accent]) assert.match(c, /^#[0-9a-f]{6}$/);
    assert.match(l.quoteTint, /^rgba\(/);
  }
  assert.equal(look.light.other, "#999999"); // var(--palette-grey), resolved
  assert.notEqual(look.light.tint, look.dark.tint); // the dark block's overrides
  assert.equal(pageLook(":root { --tint: 30%; }"), null);
});

test("every label of the core's vocabulary has colours of its own, in both schemes", () => {
  for (const l of vocabulary) for (const scheme of ["light", "dark"]) assert.match(l[scheme] ?? "", /^#[0-9a-f]{6}$/i, `${l.name} ${scheme}`);
});

test("every entity and date label gets its own colour; quotes the page's neutral line", () => {
  for (const scheme of ["light", "dark"]) {
    const css = marksCss(vocabulary, scheme, look);
    assert.match(css, /^mark\[data-newsmark\], span\[data-newsmark-run\] \{ all: unset !important; display: inline !important; \}/);
    for (const l of vocabulary.filter((l) => l.kind !== "quote")) {
      const rule = css.split("\n").find((r) => r.startsWith(`mark[data-newsmark][data-kind="${l.kind}"][data-label="${l.name}"] {`));
      assert.ok(rule?.includes(`border-bottom-color: ${l[scheme].toLowerCase()} !important`), `${scheme} ${l.name}: ${rule}`);
    }
    assert.ok(css.includes(`[data-kind="quote"] { background-color: ${look[scheme].quoteTint} !important; border-bottom: 2px dotted ${look[scheme].quoteLine} !important; }`));
    assert.ok(css.includes(`[data-lit] { outline: 2px solid ${look[scheme].accent} !important;`));
    // Every declaration is !important: the site's own rules cannot win.
    for (const decl of css.match(/[a-z-]+: [^;{}]+;/g)) assert.match(decl, /!important;$/, decl);
  }
});

test("a label without colours of its own is the page's grey; names that are not labels are left out", () => {
  const own = [{ name: "PERSON", kind: "entity", colour: "orange", light: "#123456", dark: "#ABCDEF" },
    { name: 'X"] { display: none } [x="', kind: "entity", colour: "orange", light: "#123456", dark: "#123456" },
    { name: "ODD", kind: "entity", colour: "nope" }, { name: "HALF", kind: "date", colour: "blue", light: "#123456", dark: "blue" }];
  assert.equal(labelColour(own[0], "light", look), "#123456");
  assert.equal(labelColour(own[0], "dark", look), "#abcdef");
  assert.equal(labelColour(own[2], "light", look), look.light.other);
  assert.equal(labelColour(own[3], "light", look), look.light.other);
  const css = marksCss(own, "light", look);
  assert.ok(css.includes('[data-label="PERSON"] { background-color: rgba(18, 52, 86, '));
  assert.ok(css.includes(`[data-label="ODD"] { background-color: rgba(153, 153, 153, ${look.light.tint}) !important; border-bottom-color: #999999 !important; }`));
  assert.ok(!css.includes("display: none"));
  // The panel's swatches: own colours only (style.css in the shadow root gives the rest its grey).
  const swatches = swatchCss(own);
  assert.ok(swatches.includes('[data-label="PERSON"] { --c: #123456; }') && swatches.includes("--c: #abcdef;"));
  assert.ok(!swatches.includes("display: none") && !swatches.includes("ODD") && !swatches.includes("HALF"));
});
