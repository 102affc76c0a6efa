// The benchmark itself, shared by Node (bench/node.mjs) and Chromium (bench/page.mjs): newsmark
// beside compromise (+ compromise-dates) and chrono-node, in one process, on the same texts.
//
// What each engine is asked for, as close to "all three kinds" as it offers:
// - newsmark: annotate(text, {referenceDate}) → entities, dates (TIMEX3) and quotes with speakers,
//   returned as JS objects (the wasm → JS conversion is included).
// - compromise + compromise-dates: people, places, organizations, dates (resolved against the same
//   reference date) and quotations, each as JSON with offsets.
// - chrono-node: dates only, parsed against the same reference date.

export const REFERENCE = "2023-06-14";

export function engines({ newsmark, nlp, chrono }) {
  const today = new Date(`${REFERENCE}T12:00:00Z`);
  return [
    { name: "newsmark", kinds: "entities, dates, quotes", run: (t) => newsmark.annotate(t, { referenceDate: REFERENCE }).spans.length },
    {
      // Superlinear: 10 KB ≈ 0.5 s, 100 KB ≈ 25 s, so 1 MB would take most of an hour.
      name: "compromise", kinds: "entities, dates, quotes", maxBytes: 150_000,
      run: (t) => {
        const doc = nlp(t);
        const o = { offset: true };
        return doc.people().json(o).length + doc.places().json(o).length + doc.organizations().json(o).length
          + doc.dates({ today: REFERENCE }).json(o).length + doc.quotations().json(o).length;
      },
    },
    { name: "chrono-node", kinds: "dates only", maxBytes: 1_100_000, run: (t) => chrono.parse(t, today).length },
  ];
}

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.round((s.length - 1) * q)];
}

/**
 * texts: {article, sizes: [[name, text], …]}; now: a ms clock; log: progress lines.
 * limits: {peerMaxBytes} — each peer skips texts over its own maxBytes unless they fit this
 * (compromise is superlinear: 25 s for 100 KB; chrono-node takes about a minute for 10 MB).
 * Returns {article: {engine: {median_ms, p95_ms, runs}}, sizes: [{name, bytes, engine: {ms, mb_per_s} | null}]}.
 */
export async function runSuite(libs, texts, { now, log = () => {}, peerMaxBytes = 0, articleBudgetMs = 4000, yieldTo = async () => {} }) {
  const es = engines(libs);
  const result = { article: {}, sizes: [] };
  for (const e of es) {
    for (let i = 0; i < 3; i++) e.run(texts.article); // warm up (JIT, lazy tables)
    const times = [];
    const t0 = now();
    while (times.length < 2000 && (times.length < 15 || now() - t0 < articleBudgetMs)) {
      const a = now();
      e.run(texts.article);
      times.push(now() - a);
    }
    result.article[e.name] = { median_ms: median(times), p95_ms: quantile(times, 0.95), runs: times.length };
    log(`${e.name}: article median ${median(times).toFixed(3)} ms, p95 ${quantile(times, 0.95).toFixed(3)} ms (${times.length} runs)`);
    await yieldTo();
  }
  for (const [name, text] of texts.sizes) {
    const bytes = new TextEncoder().encode(text).length;
    const row = { name, bytes };
    for (const e of es) {
      if (bytes > (e.maxBytes ?? Infinity) && bytes > peerMaxBytes) { row[e.name] = null; continue; }
      // Peers are slow: fewer runs of them on the larger texts. newsmark runs at least 3 times, so
      // that the median of the 10 MB text is not the one first run that also grows the memory.
      const runs = e.name === "newsmark" ? Math.max(3, Math.min(20, Math.floor(2_000_000 / bytes))) : Math.max(1, Math.min(5, Math.floor(200_000 / bytes)));
      const times = [];
      for (let i = 0; i < runs; i++) {
        const a = now();
        e.run(text);
        times.push(now() - a);
      }
      const ms = median(times);
      row[e.name] = { ms, mb_per_s: bytes / 1e6 / (ms / 1e3), runs };
      log(`${e.name}: ${name} (${bytes} B) ${ms.toFixed(1)} ms, ${(bytes / 1e3 / ms).toFixed(2)} MB/s`);
      await yieldTo();
    }
    result.sizes.push(row);
  }
  return result;
}
