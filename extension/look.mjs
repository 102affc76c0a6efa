// The newsmark page's look that is not a label's colour (labels carry their own, from the core),
// read from www/style.css for the marks the extension draws into a publisher's page: per scheme,
// `tint` (how strongly a mark's colour tints its words, 0–1: --tint), `other` (the colour of a
// label without colours of its own: --palette-other), `quoteTint` and `quoteLine` (a quote's
// background and dotted line: --quote-tint, --quote-line) and `accent` (lit marks' outline:
// --accent). The dark scheme is the light one with the dark block's overrides; `var(--x)`
// references are resolved. {light, dark}, or null when the sheet lacks any of them.
// Used by extension/build.mjs (→ __LOOK__) and tests/extension/colours.test.js.

const HEX = /^#[0-9a-f]{6}$/i;
const RGBA = /^rgba\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*(0|1|0?\.\d+)\s*\)$/;

export function pageLook(css) {
  const varsOf = (block) => Object.fromEntries([...block.matchAll(/--([a-z-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => [name, value.trim()]));
  const rootBlock = css.match(/:root\s*\{([^}]*)\}/)?.[1] ?? "";
  const darkBlock = css.match(/@media\s*\(prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([^}]*)\}/)?.[1] ?? "";
  const scheme = (vars) => {
    const get = (name) => {
      let value = vars[name] ?? "";
      for (let hops = 0; hops < 5 && value.startsWith("var("); hops++) value = vars[value.match(/^var\(--([a-z-]+)\)$/)?.[1]] ?? "";
      return value;
    };
    const tint = Number(get("tint").match(/^(\d+(?:\.\d+)?)%$/)?.[1] ?? NaN) / 100;
    const look = { tint, other: get("palette-other").toLowerCase(), quoteTint: get("quote-tint"), quoteLine: get("quote-line").toLowerCase(), accent: get("accent").toLowerCase() };
    const ok = tint > 0 && tint <= 1 && HEX.test(look.other) && HEX.test(look.quoteLine) && HEX.test(look.accent)
      && (HEX.test(look.quoteTint) || RGBA.test(look.quoteTint));
    return ok ? look : null;
  };
  const light = varsOf(rootBlock);
  const look = { light: scheme(light), dark: scheme({ ...light, ...varsOf(darkBlock) }) };
  return look.light && look.dark ? look : null;
}
