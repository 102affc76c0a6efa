// Stand-ins for the core's corrections functions (annotateView, reanchorCorrections), used only
// when the loaded wasm build predates them, so correcting marks works on every build. The core's
// versions win whenever they exist (see worker.js); keep these simple and in step with
// VIEW-API.md: corrections apply in order and are anchored by their `text`.

/** Applies corrections to a newsmark/1 result; returns a new result with ids renumbered. */
export function applyCorrections(result, corrections) {
  let spans = result.spans.map((s) => ({ ...s }));
  const same = (s, c) => s.kind === c.kind && s.start === c.start && s.end === c.end;
  for (const c of corrections) {
    if (c.op === "remove") spans = spans.filter((s) => !same(s, c));
    else if (c.op === "relabel") spans = spans.map((s) => (same(s, c) ? { ...s, label: c.label } : s));
    else if (c.op === "add") {
      // One kind never overlaps itself: the added span replaces whatever of its kind it touches.
      spans = spans.filter((s) => s.kind !== c.kind || s.end <= c.start || s.start >= c.end);
      const span = { kind: c.kind, label: c.label, start: c.start, end: c.end, text: c.text };
      if (c.kind === "entity") span.entity = null;
      if (c.kind === "date") span.value = c.value ?? null;
      if (c.kind === "quote") span.speaker = c.speaker ? { start: c.start, end: c.start, text: c.speaker, entity: null } : null;
      spans.push(span);
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const newId = new Map();
  spans.forEach((s, i) => { if (s.id !== undefined) newId.set(s.id, i); s.id = i; });
  const entities = result.entities
    .map((e) => ({ ...e, mentions: e.mentions.filter((m) => newId.has(m)).map((m) => newId.get(m)) }))
    .filter((e) => e.mentions.length > 0);
  const cluster = new Map();
  entities.forEach((e, i) => e.mentions.forEach((m) => cluster.set(m, i)));
  entities.forEach((e, i) => { e.id = i; });
  for (const s of spans) {
    if (s.kind === "entity") {
      const i = cluster.get(s.id);
      s.entity = i ?? null;
      if (i !== undefined && entities[i].label !== s.label && entities[i].mentions.length === 1) entities[i].label = s.label;
    }
    if (s.kind === "quote" && s.speaker && s.speaker.entity != null) s.speaker = { ...s.speaker, entity: null };
  }
  return { ...result, spans, entities };
}

/** Moves each correction to the occurrence of its text nearest its old place, or drops it. */
export function reanchorCorrections(corrections, oldText, newText) {
  const kept = [], dropped = [];
  for (const c of corrections) {
    if (newText.slice(c.start, c.end) === c.text && oldText.slice(0, c.start) === newText.slice(0, c.start)) { kept.push(c); continue; }
    let best = -1;
    for (let i = newText.indexOf(c.text); i >= 0 && c.text; i = newText.indexOf(c.text, i + 1)) {
      if (best < 0 || Math.abs(i - c.start) < Math.abs(best - c.start)) best = i;
      if (i > c.start) break;
    }
    if (best < 0) dropped.push(c);
    else kept.push({ ...c, start: best, end: best + c.text.length });
  }
  return { kept, dropped };
}
