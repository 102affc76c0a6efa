/**
 * newsmark: named entities, dates (TIMEX3) and quotes with their speakers in news text.
 *
 * Every type here is the JSON the Rust core writes (schema `newsmark/1`, `src/annotations.rs`,
 * the view in `src/view.rs`, corrections in `src/corrections/`, exports in `src/export/`).
 * `make test` checks them against real results in both directions (npm/test/): a key the core
 * writes that is not declared here, or one declared here that the core does not write, fails.
 *
 * Offsets (`start`, `end`) are UTF-16 code units, end exclusive: JavaScript string indices, so
 * `text.slice(span.start, span.end) === span.text`.
 */

// ---- The result: newsmark/1 ----

export type Kind = "entity" | "date" | "quote";

/** Entity labels the recognizer writes; a reader's correction may add its own (letters, digits, `_`, `-`). */
export type EntityLabel = "PERSON" | "ORG" | "PLACE" | "NORP" | "MISC" | (string & {});
export type DateLabel = "DATE" | "TIME" | "DURATION" | "SET";
export type QuoteLabel = "QUOTE";
export type Label = EntityLabel | DateLabel | QuoteLabel;

interface SpanBase {
  /** Position in `spans`. */
  id: number;
  start: number;
  end: number;
  /** Exactly `text.slice(start, end)`. */
  text: string;
}

/** A name: a person, organization, place, nationality… */
export interface EntitySpan extends SpanBase {
  kind: "entity";
  label: EntityLabel;
  /** Index of its cluster in `entities` (absent only for a mark no cluster holds). */
  entity?: number;
}

/** A date, time, duration or set, with its TIMEX3 value. */
export interface DateSpan extends SpanBase {
  kind: "date";
  label: DateLabel;
  /** `2023-06-18`, `2023-W24-WE`, `P3Y`, `PRESENT_REF`, `XXXX-06-18`…; null when nothing can be said. */
  value: string | null;
  /** On both ends of a range (`10 - 22 August 2012`, `3:30-4:30pm`): their span ids. Absent on other dates. */
  range?: DateRange;
}

/** The two ends of a range of dates or times, by span id: a span is the start when its id is `from`. */
export interface DateRange {
  from: number;
  to: number;
}

/** A quotation, marks included, with who said it. */
export interface QuoteSpan extends SpanBase {
  kind: "quote";
  label: QuoteLabel;
  speaker: Speaker | null;
  /** A speaker a reader's correction named who is not in the text (`a spokesperson`); `speaker` is then null. Written only then. */
  speaker_name?: string;
}

/** One marked stretch of text: a union on `kind` (only dates have `value`, only quotes `speaker`). */
export type Span = EntitySpan | DateSpan | QuoteSpan;

/** The attribution mention of a quote (a name, pronoun or description) and the cluster it resolves to. */
export interface Speaker {
  start: number;
  end: number;
  text: string;
  entity: number | null;
}

/** A cluster of mentions of one real-world entity. */
export interface Entity {
  id: number;
  label: EntityLabel;
  /** The fullest form in the text (`Antony Blinken` for `Blinken`). */
  name: string;
  /** Span ids of its mentions, in text order. */
  mentions: number[];
}

export interface Annotations {
  schema: "newsmark/1";
  /** The newsmark version that made the result. */
  newsmark: string;
  /** The entity model it ran with (`ner-` and a fingerprint). */
  model: string;
  /** What relative dates were resolved against (`YYYY-MM-DD`): the caller's, else a dateline's or a web timestamp's, else null. */
  reference_date: string | null;
  /** Its time of day (`HH:MM` or `HH:MM:SS`) when the caller or a web timestamp gave one, else null. */
  reference_time: string | null;
  /** Where the reference came from; null without one. */
  reference_source: "caller" | "dateline" | "timestamp" | null;
  /** Sorted by start, longer first. */
  spans: Span[];
  entities: Entity[];
}

export interface Options {
  /**
   * `YYYY-MM-DD`, or with a time of day `YYYY-MM-DDTHH:MM`: what `yesterday`, `Sunday` (and, with
   * a time, `in ten minutes`) resolve against. Default: a dateline or web timestamp in the text.
   */
  referenceDate?: string;
  /** `HH:MM` or `HH:MM:SS`: the time of day on `referenceDate` (which it needs). */
  referenceTime?: string;
}

// ---- Views, share links, corrections (docs/VIEW-API.md) ----

/** A reader's edit, anchored to the text it covered when it was made. */
export interface Correction {
  op: "remove" | "relabel" | "add" | "merge" | "split";
  kind: Kind;
  start: number;
  end: number;
  text: string;
  /** The new label (`relabel`, `add`). */
  label?: string;
  /** A date's TIMEX3 value. */
  value?: string;
  /** A quote's speaker as written in the text. */
  speaker?: string;
  /** `relabel` of an entity: that mention (the default) or every mention of its entity. */
  scope?: "mention" | "entity";
  /** `merge`: the mention whose entity the first one's joins. */
  with?: { start: number; end: number; text: string };
}

/** What became of one correction (`annotateView`'s `corrections`, in the order given). */
export type CorrectionStatus =
  | { status: "applied"; note?: string }
  | { status: "moved"; start: number; end: number; note?: string }
  | { status: "skipped"; reason: string }
  | { status: "overridden"; by: number; reason: string };

/** `annotateView`'s result: the corrected annotations, what became of each correction, and a fingerprint of the marks. */
export interface CorrectedAnnotations extends Annotations {
  corrections: CorrectionStatus[];
  /** 8 hex digits: equal results, equal fingerprints. */
  marks: string;
}

/** An article as one reader sees it, as `decodeShare` returns it. */
export interface View {
  /** Format version: 1. */
  v: number;
  text: string;
  /** `YYYY-MM-DD`, or with its time of day `YYYY-MM-DDTHH:MM`; null: a dateline or web timestamp in the text. */
  reference_date: string | null;
  /** Labels toggled off (`NORP`, `DATE`…). */
  hidden: string[];
  corrections: Correction[];
  /** The newsmark that wrote the link or file; absent before issue 18. */
  newsmark?: string;
  /** A fingerprint of the marks its writer saw; absent before issue 18. */
  marks?: string;
}

/** A view as the functions accept it: only `text` is needed. */
export interface ViewInput {
  v?: number;
  text: string;
  reference_date?: string | null;
  hidden?: string[];
  corrections?: Correction[];
  newsmark?: string;
  marks?: string;
}

/** `reanchorCorrections`' result. */
export interface Reanchored {
  /** With offsets in the new text. */
  kept: Correction[];
  /** As they were: their text no longer occurs. */
  dropped: Correction[];
}

/** One label of the vocabulary (`labels()`), in display order. */
export interface LabelInfo {
  name: Label;
  kind: Kind;
  /** Palette slot: an Okabe–Ito colour name, `grey` or `neutral`. */
  colour: string;
  description: string;
  /** `#rrggbb` on a light background. */
  light: string;
  /** `#rrggbb` on a dark background. */
  dark: string;
}

// ---- Exports (exportView) ----

/** Export formats (case-insensitive); aliases: `jsonld`/`json-ld` = `w3c`, `ann` = `brat`, `txt` = `brat-txt`, `spacy` = `displacy`. */
export type ExportFormat =
  | "html" | "json" | "w3c" | "brat" | "brat-txt" | "displacy" | "csv" | "view"
  | "jsonld" | "json-ld" | "ann" | "txt" | "spacy";

/** `JSON.parse(exportView(view, "json"))`: the result, then the text and the view (its text included), which `openViewFile` reopens. */
export interface JsonExport extends Annotations {
  text: string;
  view: View;
}

/** `JSON.parse(exportView(view, "displacy"))`: displaCy's manual format, offsets in code points. */
export interface DisplacyExport {
  text: string;
  ents: { start: number; end: number; label: string }[];
  title: null;
}

/** `JSON.parse(exportView(view, "w3c"))`: a W3C Web Annotation collection (JSON-LD), offsets in code points. */
export interface W3CAnnotationCollection {
  "@context": "http://www.w3.org/ns/anno.jsonld";
  id: string;
  type: "AnnotationCollection";
  label: string;
  generator: { type: "Software"; name: string };
  total: number;
  first: {
    type: "AnnotationPage";
    startIndex: number;
    items: W3CAnnotation[];
  };
}

export interface W3CAnnotation {
  id: string;
  type: "Annotation";
  motivation: "tagging" | "highlighting";
  /** `linking` (issue 19): each end of a range names the other end's annotation `id`. */
  body: { type: "TextualBody"; purpose: "tagging" | "describing" | "identifying" | "linking"; value: string }[];
  target: {
    source: string;
    selector: [
      { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string },
      { type: "TextPositionSelector"; start: number; end: number },
    ];
  };
}

// ---- Functions ----

/** Annotates `text`. Throws an `Error` for a malformed reference date or time, a time without a date, or a text over 16 MB. */
export function annotate(text: string, options?: Options | null): Annotations;
/** The core's version (what results carry in `newsmark`). */
export function version(): string;
/** The entity model this build carries (what results carry in `model`). */
export function modelVersion(): string;
/** The label vocabulary, in display order. */
export function labels(): LabelInfo[];
/** The result for `view`: its text annotated, then its corrections applied. */
export function annotateView(view: ViewInput): CorrectedAnnotations;
/** The share-link fragment for `view`, without `#`: `"nm1.…"`. */
export function encodeShare(view: ViewInput): string;
/** The view in a share link (payload, `#fragment` or whole URL); throws an `Error` saying what is wrong. */
export function decodeShare(link: string): View;
/** `corrections` moved from `oldText` to `newText`. */
export function reanchorCorrections(corrections: Correction[], oldText: string, newText: string): Reanchored;
/** The view exported as `format` (corrections applied). */
export function exportView(view: ViewInput, format: ExportFormat): string;
/** Fragments longer than this are not offered as links. */
export function shareLinkMax(): number;
