// The marks take the newsmark page's colours: each label's slot in www/style.css (read at build
// time), or the label's own `light`/`dark` hex once the core's labels() gives them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import init, { labels } from "../../www/pkg/newsmark.js";
import { paletteFromCss } from "../../extension/palette.mjs";
import { marksCss, swatchCss, labelColour } from "../../extension/src/colours.js";
import { root } from "./harness.js";

const palette = paletteFromCss(readFileSync(path.join(root, "www/style.css"), "utf8"));
await init({ module_or_path: readFileSync(path.join(root, "www/pkg/newsmark_bg.wasm")) });
const vocabulary = labels();

test("the palette of www/style.css, light and dark", () => {
  assert.ok(palette);
  for (const l of vocabulary) assert.match(palette.light[l.colour] ?? "", /^#[0-9a-f]{6}$/, `${l.name}'s slot ${l.colour}`);
  assert.equal(palette.light.other, palette.light.grey); // var(--palette-grey), resolved
  assert.ok(palette.tint.light > 0 && palette.tint.dark > 0);
  assert.ok(Object.keys(palette.dark).length >= Object.keys(palette.light).length);
});

test("every entity and date label gets its slot's colour; quotes the neutral line", () => {
  for (const scheme of ["light", "dark"]) {
    const css = marksCss(vocabulary, scheme, palette);
    assert.match(css, /^mark\[data-newsmark\], span\[data-newsmark-run\] \{ all: unset !important; display: inline !important; \}/);
    for (const l of vocabulary.filter((l) => l.kind !== "quote")) {
      const rule = css.split("\n").find((r) => r.startsWith(`mark[data-newsmark][data-kind="${l.kind}"][data-label="${l.name}"] {`));
      assert.ok(rule?.includes(`border-bottom-color: ${palette[scheme][l.colour]} !important`), `${scheme} ${l.name}: ${rule}`);
    }
    assert.ok(css.includes(`[data-kind="quote"] { background-color: `) && css.includes(`2px dotted ${palette[scheme].neutral}`));
    // Every declaration is !important: the site's own rules cannot win.
    for (const decl of css.match(/[a-z-]+: [^;{}]+;/g)) assert.match(decl, /!important;$/, decl);
  }
});

test("a label's own hex colours win over its slot; names that are not labels are left out", () => {
  const own = [{ name: "PERSON", kind: "entity", colour: "orange", light: "#123456", dark: "#ABCDEF" },
    { name: 'X"] { display: none } [x="', kind: "entity", colour: "orange" }, { name: "ODD", kind: "entity", colour: "nope" }];
  assert.equal(labelColour(own[0], "light", palette), "#123456");
  assert.equal(labelColour(own[0], "dark", palette), "#abcdef");
  assert.equal(labelColour(own[2], "light", palette), palette.light.other);
  const css = marksCss(own, "light", palette);
  assert.ok(css.includes('[data-label="PERSON"] { background-color: rgba(18, 52, 86, '));
  assert.ok(!css.includes("display: none"));
  const swatches = swatchCss(own, palette);
  assert.ok(swatches.includes('[data-label="PERSON"] { --c: #123456; }') && swatches.includes("--c: #abcdef;"));
  assert.ok(!swatches.includes("display: none"));
});
