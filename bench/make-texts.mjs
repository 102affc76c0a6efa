// Writes the benchmark texts to target/bench/texts (never committed):
// - article.txt: the example article (tests/fixtures);
// - dev-articles.json: {source, texts}: the 216 CoNLL-2003 dev articles (real Reuters text, read
//   from $SHARED/data/conll-dev.jsonl, default ../shared), one by one; the suites also join them
//   into one text. Without ../shared, pieces of the generated 100 KB text of about the same
//   size stand in, and `source` says "generated";
// - news-like texts of 10 KB, 100 KB, 1 MB and 10 MB, made from the example article and
//   templated sentences of our own, deterministically (a seeded generator), for growth. They
//   flatter newsmark about 2× against real text (issue 21): the real suites come first.
//
// usage: node bench/make-texts.mjs [OUT_DIR=target/bench/texts]
import { mkdirSync, readFileSync, writeFileSync, existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.resolve(process.argv[2] || path.join(root, "target/bench/texts"));
export const SIZES = [["10k", 10_000], ["100k", 100_000], ["1m", 1_000_000], ["10m", 10_000_000]];

const article = readFileSync(path.join(root, "tests/fixtures/blinken-china-trip.txt"), "utf8");

// mulberry32: a small seeded PRNG.
function rng(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const V = {
  first: ["Maria", "Daniel", "Amara", "Kenji", "Olga", "Samuel", "Priya", "Tomás", "Leila", "Henrik", "Grace", "Wei"],
  last: ["Okafor", "Lindqvist", "Haddad", "Moreno", "Tanaka", "Novak", "Brennan", "Mensah", "Castillo", "Ferreira", "Ahmadi", "Kowalski"],
  role: ["foreign minister", "spokeswoman", "finance secretary", "senior adviser", "ambassador", "trade representative", "mayor"],
  place: ["Nairobi", "Lisbon", "Jakarta", "Ottawa", "Brazil", "Vietnam", "Texas", "the Balkans", "Seoul", "Chile", "Warsaw", "Morocco"],
  org: ["the World Bank", "the European Commission", "the Ministry of Energy", "Reuters", "the United Nations", "Pacific Rail Corp.", "the Senate Finance Committee", "the Central Bank"],
  norp: ["Brazilian", "Kenyan", "Polish", "Canadian", "Vietnamese", "Chilean", "Moroccan"],
  weekday: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  month: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  rel: ["last week", "next month", "earlier this year", "two days ago", "this weekend", "on Tuesday", "later this month", "in the spring", "yesterday", "tomorrow morning"],
  dur: ["three hours", "two days", "nearly a decade", "six weeks", "45 minutes"],
  time: ["3:30 p.m.", "9 a.m.", "noon", "10:15 a.m. local time", "midnight"],
  quote: ["We are ready to talk, but not at any price", "This agreement will not be the last one", "Nobody expected the numbers to fall so fast",
    "We’re going to keep the lines open", "It is too early to say what this means for families", "The door remains open, and we intend to walk through it"],
};

function makeSentence(r) {
  const pick = (a) => a[Math.floor(r() * a.length)];
  const person = () => `${pick(V.first)} ${pick(V.last)}`;
  const date = () => `${pick(V.month)} ${1 + Math.floor(r() * 28)}, ${2015 + Math.floor(r() * 10)}`;
  const templates = [
    () => `${person()}, the ${pick(V.role)} of ${pick(V.place)}, said on ${pick(V.weekday)} that talks with ${pick(V.org)} would resume ${pick(V.rel)}.`,
    () => `“${pick(V.quote)},” ${person()} told reporters in ${pick(V.place)} on ${date()}.`,
    () => `Officials from ${pick(V.org)} met ${person()} for ${pick(V.dur)} at ${pick(V.time)} on ${pick(V.weekday)}.`,
    () => `According to ${pick(V.last)}, the ${pick(V.norp)} delegation arrived ${pick(V.rel)} and will stay until ${date()}.`,
    () => `${person()} added: “${pick(V.quote)}.”`,
    () => `The ${pick(V.norp)} government said ${pick(V.rel)} that ${pick(V.org)} had approved the plan, which runs through ${pick(V.month)} ${2024 + Math.floor(r() * 5)}.`,
    () => `“${pick(V.quote)},” said ${pick(V.last)}, who has led the ${pick(V.place)} office since ${2010 + Math.floor(r() * 14)}. “${pick(V.quote)}.”`,
  ];
  return pick(templates)();
}

/** About `bytes` bytes of news: the example article, then generated paragraphs, repeated. */
export function makeText(bytes, seed = 1) {
  const r = rng(seed);
  const parts = [];
  let len = 0;
  while (len < bytes) {
    const chunk = parts.length % 4 === 0 ? article : Array.from({ length: 3 + Math.floor(r() * 3) }, () => makeSentence(r)).join(" ");
    parts.push(chunk);
    len += Buffer.byteLength(chunk) + 2;
  }
  let text = parts.join("\n\n");
  // Cut at the last paragraph break under the size (or the size itself for tiny texts).
  const buf = Buffer.from(text);
  if (buf.length > bytes) {
    const cut = buf.subarray(0, bytes).lastIndexOf("\n\n");
    text = buf.subarray(0, cut > bytes / 2 ? cut : bytes).toString("utf8").replace(/\uFFFD$/, "");
  }
  return text;
}

/** The dev articles one by one: {source: "real" | "generated", texts}. */
export function devArticles() {
  const shared = process.env.SHARED || path.join(root, "../shared");
  const file = path.join(shared, "data/conll-dev.jsonl");
  if (existsSync(file)) {
    const texts = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l).text);
    if (texts.length) return { source: "real", texts };
  }
  // The labelled fallback: paragraphs of the generated 100 KB text, ~1.25 KB a piece.
  const texts = [];
  let cur = "";
  for (const p of makeText(270_000).split("\n\n")) {
    cur = cur ? `${cur}\n\n${p}` : p;
    if (Buffer.byteLength(cur) >= 1250) { texts.push(cur); cur = ""; }
  }
  return { source: "generated", texts };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, "article.txt"), article);
  for (const [name, bytes] of SIZES) {
    const file = path.join(out, `${name}.txt`);
    if (existsSync(file) && statSync(file).mtimeMs > statSync(fileURLToPath(import.meta.url)).mtimeMs) continue;
    writeFileSync(file, makeText(bytes));
  }
  writeFileSync(path.join(out, "dev-articles.json"), JSON.stringify(devArticles()));
  console.log(`bench texts in ${path.relative(root, out) || out}`);
}
