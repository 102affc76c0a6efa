// Steps the page and share end-to-end tests share: putting text in, waiting for the marks,
// reading the marks back as plain data.
import { readFileSync } from "node:fs";

export const example = readFileSync(new URL("../fixtures/blinken-china-trip.txt", import.meta.url), "utf8");

/** Waits until the view shows the current text's annotations (of a text: the box holds it, or
 *  is folded away for a long one). */
export async function annotated(page) {
  await page.waitForFunction(() => {
    const v = document.querySelector("#view"), input = document.querySelector("#input");
    return v?.dataset.state === "done" && (input.value.length > 0 || input.hidden);
  });
}

export async function pasteExample(page) {
  await page.fill("#reference-date", "2023-06-14");
  await page.fill("#input", example);
  await page.waitForSelector('#view mark[data-kind="date"]');
  await annotated(page);
}

/** Relabels the first PLACE mark as ORG, as a reader does from its menu; returns its start. */
export async function relabelFirstPlace(page) {
  const place = page.locator('#view mark[data-label="PLACE"]').first();
  const start = await place.getAttribute("data-start");
  await place.click();
  await page.selectOption('#menu select[name="label"]', "ORG");
  await page.click('#menu button[data-action="relabel"]');
  await page.waitForFunction((s) => document.querySelector(`#view mark[data-kind="entity"][data-start="${s}"]`)?.dataset.label === "ORG", start);
  await annotated(page);
  return start;
}

/** Every mark in the view as [kind, label, start, end, value, speaker, off]. */
export async function marksOf(page) {
  return page.$$eval("#view mark", (marks) => marks.map((m) => [
    m.dataset.kind, m.dataset.label, Number(m.dataset.start), Number(m.dataset.end),
    m.dataset.value ?? null, m.dataset.speaker ?? null, m.classList.contains("off"),
  ]));
}

/** The page's wasm build offers these VIEW-API functions (share, exports…). */
export async function features(page) {
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  return new Set((await page.getAttribute("html", "data-features") ?? "").split(" ").filter(Boolean));
}

/** Selects [start, end) of the article in the view, as a reader dragging the mouse would. */
export async function selectInView(page, start, end) {
  await page.evaluate(([start, end]) => {
    const view = document.querySelector("#view");
    const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
    let pos = 0, range = document.createRange(), startSet = false;
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const len = t.data.length;
      if (!startSet && start <= pos + len) { range.setStart(t, start - pos); startSet = true; }
      if (startSet && end <= pos + len) { range.setEnd(t, end - pos); break; }
      pos += len;
    }
    const sel = getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    view.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
  }, [start, end]);
  await page.waitForSelector("#menu:not([hidden])");
}
