// First version of the page: paste → annotate (debounced) → marks. Text is always inserted as
// text nodes, never as HTML.
import init, { annotate } from "./pkg/newsmark.js";

const $ = (sel) => document.querySelector(sel);
const input = $("#input"), view = $("#view"), status = $("#status"), refDate = $("#reference-date");
const hidden = new Set();

function render(text, result) {
  view.replaceChildren();
  // Nest marks: spans are sorted by start, longer first.
  const stack = [{ el: view, end: Infinity }];
  let pos = 0;
  const emit = (upto) => {
    while (pos < upto) {
      while (stack.length > 1 && stack[stack.length - 1].end <= pos) stack.pop();
      const top = stack[stack.length - 1];
      const stop = Math.min(upto, top.end);
      if (stop > pos) top.el.append(document.createTextNode(text.slice(pos, stop)));
      pos = stop;
    }
  };
  for (const s of result.spans) {
    emit(s.start);
    while (stack.length > 1 && stack[stack.length - 1].end <= s.start) stack.pop();
    if (s.end > stack[stack.length - 1].end) continue; // crosses its parent: skip
    const m = document.createElement("mark");
    Object.assign(m.dataset, { kind: s.kind, label: s.label, start: s.start, end: s.end });
    if (s.kind === "date" && s.value != null) m.dataset.value = s.value;
    if (s.kind === "quote" && s.speaker) m.dataset.speaker = s.speaker.text;
    m.title = s.label + (s.value ? ` ${s.value}` : "") + (s.speaker ? ` — ${s.speaker.text}` : "");
    m.hidden = false;
    if (hidden.has(s.label)) m.classList.add("hidden-label");
    stack[stack.length - 1].el.append(m);
    stack.push({ el: m, end: s.end });
  }
  emit(text.length);
  renderLegend(result);
}

function renderLegend(result) {
  const counts = {};
  for (const s of result.spans) counts[s.label] = (counts[s.label] || 0) + 1;
  const legend = $("#legend");
  legend.replaceChildren();
  for (const [label, n] of Object.entries(counts)) {
    const l = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.checked = !hidden.has(label);
    box.dataset.toggle = label;
    box.addEventListener("change", () => {
      box.checked ? hidden.delete(label) : hidden.add(label);
      for (const m of view.querySelectorAll(`mark[data-label="${CSS.escape(label)}"]`)) m.classList.toggle("hidden-label", !box.checked);
    });
    l.append(box, document.createTextNode(` ${label} (${n}) `));
    legend.append(l);
  }
}

function update() {
  const text = input.value;
  try {
    const opts = refDate.value ? { referenceDate: refDate.value } : {};
    render(text, annotate(text, opts));
    status.textContent = "";
  } catch (e) {
    status.textContent = `Could not annotate: ${e.message}`;
  }
}

let timer;
const schedule = () => { clearTimeout(timer); timer = setTimeout(update, 150); };
input.addEventListener("input", schedule);
refDate.addEventListener("change", update);
$("#load-example").addEventListener("click", async () => {
  const res = await fetch("example.txt");
  input.value = await res.text();
  refDate.value = "2023-06-14";
  update();
});

await init();
status.textContent = "Ready.";
