// What a mark's hover card says: its label and what the core knows of it (an entity's name and
// number of mentions, a date's value, a quote's speaker), for a span of a newsmark/1 result. No
// DOM: the page's tooltip (tooltip.js) and the browser extension's hover cards (extension/) both
// say it with this.
import { quoteSpeakerName } from "./render.js";

/** [label, detail] for span `s` of `result`; `corrected`: the reader corrected the mark. */
export function describe(s, result, { corrected = false } = {}) {
  const by = corrected ? " · corrected" : "";
  if (s.kind === "entity") {
    const cluster = s.entity != null ? result.entities?.[s.entity] : null;
    const n = cluster?.mentions?.length ?? 1;
    const name = cluster && cluster.name !== s.text ? ` · ${cluster.name}` : "";
    return [s.label, `${name.slice(3) || s.text}${n > 1 ? ` · ${n} mentions` : ""}${by}`];
  }
  if (s.kind === "date") return [s.label, `${s.value != null ? `value ${s.value}` : "no value"}${by}`];
  const who = quoteSpeakerName(result, s);
  const via = s.speaker && who && who !== s.speaker.text ? ` (“${s.speaker.text}”)` : !s.speaker && who ? " (not named in the text)" : "";
  return [s.label, `${who ? `said by ${who}${via}` : "speaker unknown"}${by}`];
}
