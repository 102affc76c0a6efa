// What a mark's hover card says: its label and what the core knows of it (an entity's name and
// number of mentions, a date's value, a quote's speaker), as www/tooltip.js's describe() says it
// on the newsmark page. That function reads the page's state module, so it is mirrored here for
// a span and its result; proposed upstream: `describe(span, result)` as a DOM-free export of
// www/tooltip.js (or a small www/describe.js) that both import.
import { speakerName } from "../../www/render.js";

/** [label, detail] for span `s` of `result`. */
export function describe(s, result) {
  if (s.kind === "entity") {
    const cluster = s.entity != null ? result.entities?.[s.entity] : null;
    const n = cluster?.mentions?.length ?? 1;
    const name = cluster && cluster.name !== s.text ? ` · ${cluster.name}` : "";
    return [s.label, `${name.slice(3) || s.text}${n > 1 ? ` · ${n} mentions` : ""}`];
  }
  if (s.kind === "date") return [s.label, s.value != null ? `value ${s.value}` : "no value"];
  const who = speakerName(result, s.speaker);
  const via = s.speaker && who && who !== s.speaker.text ? ` (“${s.speaker.text}”)` : "";
  return [s.label, who ? `said by ${who}${via}` : "speaker unknown"];
}
