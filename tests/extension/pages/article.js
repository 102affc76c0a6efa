// The publisher's own script: a menu button with a counter, a link handler, a reference held to a
// text node of the article, a live clock that rewrites text outside the article. The test checks
// that they all still work while the article is marked and after the marks are removed.
window.__article = { clicks: 0, linkClicks: 0, ready: false, ticks: 0 };
const count = document.getElementById("menu-count");
document.getElementById("menu-button").addEventListener("click", () => {
  window.__article.clicks += 1;
  count.textContent = String(window.__article.clicks);
});
document.getElementById("blinken-link").addEventListener("click", (e) => {
  e.preventDefault();
  window.__article.linkClicks += 1;
});
// A reference to a text node inside the article, read later.
window.__article.heldNode = document.getElementById("live-paragraph").firstChild;
window.__article.ready = true;
