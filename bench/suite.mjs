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

export function engines({ newsmark, before, nlp, chrono }) {
  const today = new Date(`${REFERENCE}T12:00:00Z`);
  return [
    { name: "newsmark", kinds: "entities, dates, quotes", run: (t) => newsmark.annotate(t, { referenceDate: REFERENCE }).spans.length },
    // Another build of newsmark (BEFORE=…, bench/before.sh), loaded in the same process.
    ...(before ? [{ name: "newsmark-before", kinds: "entities, dates, quotes", run: (t) => before.annotate(t, { referenceDate: REFERENCE }).spans.length }] : []),
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
  const es = engines(libs).filter((e) => e.name !== "newsmark-before");
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

/**
 * The real-text suites (issue 21), every engine on the same texts in interleaved rounds:
 * - "article": the example article, per call (median and p95 of the calls);
 * - "dev-articles": the dev articles one by one (one pass = all of them);
 * - "dev-joined": the same joined into one text by blank lines.
 * Each round runs newsmark's builds (this one, and the one before when given) block by block
 * (about 40 KB of text), alternating which goes first, then every peer once on the suite; the figure is the median
 * over rounds (per call for the article). newsmark runs every round; a peer stops
 * when it has spent `peerBudgetMs` on a suite (at least one round), and skips texts over its
 * `maxBytes`.
 * `peers: false` runs newsmark's builds only (a quick before/after).
 * real: {article, dev: {source, texts}}. Returns {source, suites: [{name, bytes, texts,
 * engine: {ms, mb_per_s, rounds, median_call_ms?, p95_call_ms?} | null}]}.
 */
export async function runRealSuites(libs, real, { now, log = () => {}, rounds = 9, peerBudgetMs = 10000, peerMaxBytes = 0, peers = true, yieldTo = async () => {} }) {
  const es = engines(libs).filter((e) => peers || e.name.startsWith("newsmark"));
  const bytesOf = (t) => new TextEncoder().encode(t).length;
  const suites = [
    { name: "article", texts: [real.article], callsPerRound: 25 },
    { name: "dev-articles", texts: real.dev.texts },
    { name: "dev-joined", texts: [real.dev.texts.join("\n\n")] },
  ];
  const out = { source: real.dev.source, suites: [] };
  for (const s of suites) {
    const bytes = s.texts.reduce((n, t) => n + bytesOf(t), 0);
    const maxText = Math.max(...s.texts.map(bytesOf));
    const runs = es.filter((e) => !(maxText > (e.maxBytes ?? Infinity) && maxText > peerMaxBytes));
    // Warm up (JIT, lazy tables): 50 calls or 300 ms per engine, whichever comes first.
    for (const e of runs) {
      const t0 = now();
      for (let i = 0; i < 50 && now() - t0 < 300; i++) e.run(s.texts[i % s.texts.length]);
    }
    const passes = Object.fromEntries(runs.map((e) => [e.name, []]));
    const calls = Object.fromEntries(runs.map((e) => [e.name, []]));
    const spent = Object.fromEntries(runs.map((e) => [e.name, 0]));
    // newsmark's builds a block at a time (about 40 KB of text, or 25 calls on the article), in
    // turn, alternating which goes first, so that a shared machine's load falls on both alike
    // while each keeps its caches warm within a block; the peers (far slower) a pass at a time
    // after them.
    const ours = runs.filter((e) => e.name.startsWith("newsmark"));
    const peers = runs.filter((e) => !e.name.startsWith("newsmark"));
    const blocks = [];
    if (s.callsPerRound) blocks.push(Array(s.callsPerRound).fill(s.texts[0]));
    else {
      let block = [], size = 0;
      for (const t of s.texts) {
        block.push(t);
        size += t.length;
        if (size >= 40_000) { blocks.push(block); block = []; size = 0; }
      }
      if (block.length) blocks.push(block);
    }
    for (let r = 0; r < rounds; r++) {
      const pass = Object.fromEntries(ours.map((e) => [e.name, 0]));
      blocks.forEach((block, j) => {
        for (let k = 0; k < ours.length; k++) {
          const e = ours[(k + j + r) % ours.length];
          if (s.callsPerRound) {
            for (const t of block) {
              const a = now();
              e.run(t);
              const ms = now() - a;
              pass[e.name] += ms;
              calls[e.name].push(ms);
            }
          } else {
            // One reading of the clock per block: a browser's clock is coarse (0.1 ms).
            const a = now();
            for (const t of block) e.run(t);
            pass[e.name] += now() - a;
          }
        }
      });
      for (const e of ours) passes[e.name].push(pass[e.name] / (s.callsPerRound || 1));
      await yieldTo();
      for (let k = 0; k < peers.length; k++) {
        const e = peers[(k + r) % peers.length];
        if (passes[e.name].length && spent[e.name] > peerBudgetMs) continue;
        for (let rep = 0; rep < (s.callsPerRound || 1) && !(rep && spent[e.name] > peerBudgetMs); rep++) {
          const a = now();
          for (const t of s.texts) {
            const c = now();
            e.run(t);
            if (s.callsPerRound) calls[e.name].push(now() - c);
          }
          const ms = now() - a;
          passes[e.name].push(ms);
          spent[e.name] += ms;
        }
        await yieldTo();
      }
    }
    const row = { name: s.name, bytes, texts: s.texts.length };
    for (const e of es) {
      if (!passes[e.name]?.length) { row[e.name] = null; continue; }
      // The article: the median call (a round's mean carries the odd collection pause).
      const ms = s.callsPerRound ? median(calls[e.name]) : median(passes[e.name]);
      row[e.name] = { ms, mb_per_s: bytes / 1e6 / (ms / 1e3), rounds: passes[e.name].length };
      if (s.callsPerRound) Object.assign(row[e.name], { median_call_ms: ms, p95_call_ms: quantile(calls[e.name], 0.95), calls: calls[e.name].length });
      log(`${e.name}: ${s.name} (${s.texts.length} × ${(bytes / s.texts.length / 1e3).toFixed(2)} KB, ${real.dev.source}) ${ms.toFixed(2)} ms, ${(bytes / 1e3 / ms).toFixed(2)} MB/s${s.callsPerRound ? `, median call ${row[e.name].median_call_ms.toFixed(3)} ms` : ""}`);
    }
    out.suites.push(row);
  }
  return out;
}
