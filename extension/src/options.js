// The options page: the address of a served newsmark page (chrome.storage.local "servedPage").
import { checkServedPage } from "./messages.js";

const input = document.querySelector("#served");
const status = document.querySelector("#status");
chrome.storage.local.get({ servedPage: "" }).then(({ servedPage }) => { input.value = servedPage; });
document.querySelector("#form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const raw = input.value.trim();
  const checked = checkServedPage(raw);
  if (raw && !checked) { status.textContent = "Not an http(s) address."; return; }
  await chrome.storage.local.set({ servedPage: checked });
  input.value = checked;
  status.textContent = checked ? "Saved." : "Cleared.";
});
