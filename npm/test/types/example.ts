// Uses newsmark's types as a caller would: `tsc --strict --noEmit` must accept it (package.test.mjs).
// Its twin wrong-field.ts must be refused.
import {
  annotate, annotateView, decodeShare, encodeShare, exportView, labels, modelVersion, reanchorCorrections, version,
  type Annotations, type Correction, type DisplacyExport, type Entity, type ExportFormat, type LabelInfo,
  type Options, type Reanchored, type Span, type Speaker, type View, type ViewInput, type W3CAnnotationCollection,
} from "newsmark";

const options: Options = { referenceDate: "2023-06-14" };
const result: Annotations = annotate("Blinken flew to Beijing on Sunday.", options);
const timed: Annotations = annotate("Talks ran 10 - 22 August 2012.", { referenceDate: "2023-06-14", referenceTime: "09:30" });
const at: string = `${timed.reference_date ?? ""} ${timed.reference_time ?? ""} ${timed.reference_source ?? ""}`;

function describe(span: Span, entities: Entity[]): string {
  switch (span.kind) {
    case "date":
      return `${span.text} = ${span.value ?? "?"}${span.range ? ` (range ${span.range.from}–${span.range.to})` : ""}`;
    case "quote": {
      const who: Speaker | null = span.speaker;
      return `${span.text} (${who ? who.text : "unattributed"})`;
    }
    case "entity":
      return `${span.label} ${span.text} ${span.entity === undefined ? "" : entities[span.entity]?.name}`;
  }
}
const lines: string[] = result.spans.map((s) => describe(s, result.entities));

const corrections: Correction[] = [{ op: "relabel", kind: "entity", start: 0, end: 7, text: "Blinken", label: "ORG" }];
const input: ViewInput = { text: "Blinken flew to Beijing on Sunday.", reference_date: "2023-06-14", corrections };
const view: View = decodeShare(encodeShare(input));
const corrected: Annotations = annotateView(view);
const moved: Reanchored = reanchorCorrections(view.corrections, view.text, "Antony " + view.text);
const format: ExportFormat = "displacy";
const displacy: DisplacyExport = JSON.parse(exportView(view, format));
const w3c: W3CAnnotationCollection = JSON.parse(exportView(view, "w3c"));
const vocabulary: LabelInfo[] = labels();
const made: string = `${version()} ${modelVersion()} ${result.newsmark} ${result.model} ${result.schema}`;

export { lines, at, corrected, moved, displacy, w3c, vocabulary, made };
