// Writes samples.ts: real results of every function of the installed package, as typed constants.
// Object literals get TypeScript's excess-property checks, so `tsc --strict` on it fails when the
// core writes a key the types lack, lacks a key they require, or writes a value of another type:
// the types cannot drift from the Rust structs without `make test` failing.
//   node samples.mjs ARTICLE > samples.ts     (run inside a project that has newsmark installed)
import { readFileSync } from "node:fs";
import * as nm from "newsmark";

const article = readFileSync(process.argv[2], "utf8");
// Unattributed quotes and dates without a value too (no reference date, no dateline).
const odd = "He left in the spring of that year. “We are done.” The talks lasted for some time.";
// Issue 19: ranges, a reference time given apart or with the date, a web timestamp.
const ranges = "Talks ran 10 - 22 August 2012 in Geneva; the bus leaves in ten minutes.";
const stamped = "Published 28 July 2026, 08:52 BST\nThe vote is due in two hours.";
const annotations = [
  nm.annotate(article, { referenceDate: "2023-06-14" }), nm.annotate(odd), nm.annotate(article),
  nm.annotate(ranges, { referenceDate: "2023-06-14", referenceTime: "09:30" }),
  nm.annotate(ranges, { referenceDate: "2023-06-14T09:30" }), nm.annotate(stamped),
];

const at = (kind, i = 0) => annotations[0].spans.filter((s) => s.kind === kind)[i];
const pick = ({ kind, start, end, text }) => ({ kind, start, end, text });
const corrections = [
  { op: "remove", ...pick(at("entity", 1)) },
  { op: "relabel", ...pick(at("entity", 2)), label: "ORG" },
  { op: "add", ...pick(at("date")), label: "DATE", value: "2023-06-18" },
  { op: "add", ...pick(at("date", 2)), label: "DATE" }, // no value: null (the core always finds one)
  { op: "add", ...pick(at("quote")), label: "QUOTE", speaker: at("quote").speaker?.text ?? "Blinken" },
];
const view = { text: article, reference_date: "2023-06-14", hidden: ["NORP"], corrections };
const corrected = nm.annotateView(view);

// Every shape must occur, or the check would prove less than it says.
const spans = [...annotations, corrected].flatMap((a) => a.spans);
const need = {
  "entity with a cluster": spans.some((s) => s.kind === "entity" && s.entity !== undefined),
  "date with a value": spans.some((s) => s.kind === "date" && s.value !== null),
  "date without a value": spans.some((s) => s.kind === "date" && s.value === null),
  "quote with a speaker": spans.some((s) => s.kind === "quote" && s.speaker !== null),
  "quote without a speaker": spans.some((s) => s.kind === "quote" && s.speaker === null),
  "speaker with a cluster": spans.some((s) => s.kind === "quote" && s.speaker?.entity != null),
  "result without a reference date": annotations.some((a) => a.reference_date === null),
  "date with a range": spans.some((s) => s.kind === "date" && s.range !== undefined),
  "result with a reference time": annotations.some((a) => a.reference_time !== null),
  "reference from a timestamp": annotations.some((a) => a.reference_source === "timestamp"),
};
const missing = Object.entries(need).filter(([, ok]) => !ok).map(([what]) => what);
if (missing.length) throw new Error(`the samples lack: ${missing.join(", ")}`);

// An edit that removes the first correction's text and keeps the others'.
const gone = corrections[0].text;
const edited = article.split(gone).join("");
const reanchored = nm.reanchorCorrections(corrections, article, edited);
if (!reanchored.kept.length || !reanchored.dropped.length) throw new Error("reanchor: want both kept and dropped");

const samples = {
  annotations: ["Annotations[]", annotations],
  view: ["View", nm.decodeShare(nm.encodeShare(view))],
  corrected: ["CorrectedAnnotations", corrected],
  reanchored: ["Reanchored", reanchored],
  labels: ["LabelInfo[]", nm.labels()],
  json: ["JsonExport", JSON.parse(nm.exportView(view, "json"))],
  displacy: ["DisplacyExport", JSON.parse(nm.exportView(view, "displacy"))],
  w3c: ["W3CAnnotationCollection", JSON.parse(nm.exportView(view, "w3c"))],
  w3cRange: ["W3CAnnotationCollection", JSON.parse(nm.exportView({ text: ranges, reference_date: "2023-06-14T09:30" }, "w3c"))],
};
let out = `import type { Annotations, CorrectedAnnotations, View, Reanchored, LabelInfo, JsonExport, DisplacyExport, W3CAnnotationCollection } from "newsmark";\n`;
for (const [name, [type, value]] of Object.entries(samples)) {
  out += `export const ${name}: ${type} = ${JSON.stringify(value, null, 1)};\n`;
}
process.stdout.write(out);
