// The page's one question: "this would replace your work — go on?", asked in an in-page modal
// <dialog> (index.html's #confirm; never window.confirm, which a page can be barred from and which
// stops everything). Focus starts on the choice that keeps the reader's work; Escape keeps it too.
// Only one question at a time: a second ask while one is open gets the first one's answer refused.
import { closeMenu } from "./menu.js";
import { $, ui } from "./state.js";

let pending = null;

/**
 * Asks; resolves true if the reader chose `confirm`. `message` is plain text.
 * @param {{title: string, message: string, confirm: string, cancel?: string}} q
 */
export function ask({ title, message, confirm, cancel = "Keep my article" }) {
  const dialog = $("#confirm");
  if (pending) return Promise.resolve(false);
  closeMenu(ui.menu);
  $("#confirm-title").textContent = title;
  $("#confirm-message").textContent = message;
  $("#confirm-ok").textContent = confirm;
  $("#confirm-cancel").textContent = cancel;
  const back = document.activeElement;
  dialog.returnValue = "";
  dialog.showModal();
  $("#confirm-cancel").focus();
  pending = new Promise((resolve) => {
    dialog.addEventListener("close", () => {
      pending = null;
      if (back instanceof HTMLElement && back.isConnected && !back.hidden) back.focus({ preventScroll: true });
      resolve(dialog.returnValue === "ok");
    }, { once: true });
  });
  return pending;
}

export function initDialog() {
  const dialog = $("#confirm");
  $("#confirm-ok").addEventListener("click", () => dialog.close("ok"));
  $("#confirm-cancel").addEventListener("click", () => dialog.close("cancel"));
}
