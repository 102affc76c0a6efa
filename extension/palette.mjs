// The newsmark page's palette slots, read from www/style.css: {light: {slot: "#rrggbb"},
// dark: {…}, tint: {light, dark}} (the dark scheme is the light one with the dark block's
// overrides; `var(--palette-x)` references resolved), or null when the sheet has no palette.
// Used by extension/build.mjs (→ __PALETTE__) and tests/extension/colours.test.js.

export function paletteFromCss(css) {
  const slotsOf = (block) => {
    const slots = {};
    for (const [, name, value] of block.matchAll(/--palette-([a-z-]+)\s*:\s*([^;]+);/g)) slots[name] = value.trim();
    return slots;
  };
  const tintOf = (block) => Number(block.match(/--tint\s*:\s*(\d+(?:\.\d+)?)%/)?.[1] ?? NaN) / 100;
  const resolve = (slots) => {
    const done = {};
    for (const name of Object.keys(slots)) {
      let value = slots[name];
      for (let hops = 0; hops < 5 && value.startsWith("var("); hops++) value = slots[value.match(/var\(--palette-([a-z-]+)\)/)?.[1]] ?? "";
      if (/^#[0-9a-f]{6}$/i.test(value)) done[name] = value.toLowerCase();
    }
    return done;
  };
  const rootBlock = css.match(/:root\s*\{([^}]*)\}/)?.[1] ?? "";
  const darkBlock = css.match(/@media\s*\(prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([^}]*)\}/)?.[1] ?? "";
  const light = slotsOf(rootBlock);
  const palette = { light: resolve(light), dark: resolve({ ...light, ...slotsOf(darkBlock) }), tint: { light: tintOf(rootBlock), dark: tintOf(darkBlock) } };
  if (!palette.light.other || !palette.light.neutral || !(palette.tint.light > 0)) return null;
  if (!(palette.tint.dark > 0)) palette.tint.dark = palette.tint.light;
  return palette;
}
