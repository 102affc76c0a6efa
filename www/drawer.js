// The side panel on a narrow screen (a phone): below the article it would start thousands of
// pixels down, so it becomes a drawer instead, opened at once from a button that stays on screen
// (#panel-toggle, aria-expanded). Going to a mark from the panel closes it; so does Escape, which
// hands focus back to the button. On a wide screen the panel is a column and none of this shows.
import { $, ui } from "./state.js";

const NARROW = "(max-width: 820px)";
const toggle = () => $("#panel-toggle");

export const isNarrow = () => window.matchMedia(NARROW).matches;

function setOpen(open) {
  if (open) ui.panel.dataset.open = "true"; else delete ui.panel.dataset.open;
  toggle().setAttribute("aria-expanded", String(open));
  toggle().textContent = open ? "Close the summary" : "Summary";
}

export function closeDrawer({ refocus = false } = {}) {
  if (!ui.panel.dataset.open) return;
  setOpen(false);
  if (refocus) toggle().focus();
}

/** Shows the panel and focuses its first button: the drawer opens on a narrow screen. */
export function showPanel() {
  if (isNarrow()) setOpen(true);
  (ui.panel.querySelector("button") ?? ui.panel).focus();
}

export function initDrawer() {
  toggle().addEventListener("click", () => {
    if (ui.panel.dataset.open) closeDrawer(); else showPanel();
  });
  ui.panel.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && ui.panel.dataset.open) { e.preventDefault(); closeDrawer({ refocus: true }); }
  });
  window.matchMedia(NARROW).addEventListener("change", (e) => { if (!e.matches) setOpen(false); });
}
