// Must NOT compile under `tsc --strict` (package.test.mjs checks each error): an entity has no
// value, a date no speaker, a result no `version`, and options take `referenceDate`, not
// `reference_date`.
import { annotate, exportView } from "newsmark";

const result = annotate("Blinken flew to Beijing on Sunday.", { reference_date: "2023-06-14" });
for (const span of result.spans) {
  if (span.kind === "entity") console.log(span.value);
  if (span.kind === "date") console.log(span.speaker);
}
console.log(result.version);
exportView({ text: "x" }, "pdf");
