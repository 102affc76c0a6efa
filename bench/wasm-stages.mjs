// Where the wasm's time goes in Node, stage by stage, on the real-text suites: a build of the
// core that keeps its function names (target/bench/wasm-prof: the release flags of `make wasm`,
// without wasm-opt, which drops the names), run under V8's sampling profiler, its samples
// summed per pipeline stage. Shares, not times: the profiler and the missing wasm-opt slow
// every stage alike. Writes target/bench/wasm-stages.json for bench/report.mjs.
// usage: node bench/wasm-stages.mjs   (after `node bench/make-texts.mjs`; builds what it needs)
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "target/bench/wasm-prof");
const textDir = process.env.BENCH_TEXTS || path.join(root, "target/bench/texts");

// The stages, each the functions whose samples (with their callees) it counts, first match wins
// from the innermost frame outwards.
const STAGES = [
  ["tokens", /^newsmark::text::(tokens::tokenize|sentences::split)/],
  ["dates", /^newsmark::dates::recognize/],
  ["tagger", /^newsmark::entities::tagger::tag_(document|with_evidence)/],
  ["entity rules", /^newsmark::entities::rules::refine/],
  ["entity clusters", /^newsmark::entities::coref::cluster/],
  ["quotes", /^newsmark::quotes::recognize/],
  ["JS objects (boundary)", /^(newsmark::wasm::build|js_sys::.*JsString.*String>::from|newsmark::wasm::layout|core::ptr::drop_in_place<newsmark::annotations)/],
  ["resolve and the rest", /^newsmark::annotate(_with)?$/],
  ["the rest of annotate()", /^(newsmark::wasm::annotate|annotate)$/],
];

if (process.argv[2] === "--run") {
  // The profiled child: passes over one suite.
  const [, , , pkg, suite, passes] = process.argv;
  const m = await import(pathToFileURL(path.join(pkg, "newsmark.js")).href);
  await m.default({ module_or_path: readFileSync(path.join(pkg, "newsmark_bg.wasm")) });
  const dev = JSON.parse(readFileSync(path.join(textDir, "dev-articles.json"), "utf8")).texts;
  const texts = suite === "article" ? [readFileSync(path.join(textDir, "article.txt"), "utf8")] : suite === "dev-joined" ? [dev.join("\n\n")] : dev;
  const o = { referenceDate: "2023-06-14" };
  for (let r = 0; r < Number(passes); r++) for (const t of texts) m.annotate(t, o);
  process.exit(0);
}

const env = { ...process.env, PATH: `${process.env.HOME}/.cargo/bin:${root}/node_modules/.bin:${process.env.PATH}` };
const tool = (k) => execFileSync("python3", [path.join(root, "scripts/tools.py"), k], { encoding: "utf8" }).trim();
execFileSync("cargo", ["build", "--release", "--lib", "--target", "wasm32-unknown-unknown"], {
  cwd: root, stdio: "inherit",
  env: { ...env, CARGO_TARGET_DIR: path.join(out, "target"), CARGO_PROFILE_RELEASE_OPT_LEVEL: tool("build.opt-level"), RUSTFLAGS: `-C target-feature=${tool("build.target-features")} ${tool("build.codegen")}` },
});
const pkg = path.join(out, "pkg");
rmSync(pkg, { recursive: true, force: true });
execFileSync("wasm-bindgen", ["--target", "web", "--keep-debug", "--out-dir", pkg, "--out-name", "newsmark", path.join(out, "target/wasm32-unknown-unknown/release/newsmark.wasm")], { stdio: "inherit", env });

const result = { suites: [] };
for (const [suite, passes] of [["article", 1500], ["dev-articles", 25], ["dev-joined", 25]]) {
  const dir = path.join(out, `prof-${suite}`);
  rmSync(dir, { recursive: true, force: true });
  execFileSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, "--cpu-prof-interval", "100", fileURLToPath(import.meta.url), "--run", pkg, suite, String(passes)], { stdio: "inherit" });
  const prof = JSON.parse(readFileSync(path.join(dir, readdirSync(dir)[0]), "utf8"));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const name = (id) => byId.get(id).callFrame.functionName.replace(/::h[0-9a-f]{16}$/, "");
  const counts = Object.fromEntries(STAGES.map(([s]) => [s, 0]));
  let total = 0;
  for (const id of prof.samples) {
    // Only the samples inside annotate(); the rest is the harness.
    const chain = [];
    for (let x = id; x !== undefined; x = parent.get(x)) chain.push(name(x));
    if (!chain.includes("annotate")) continue;
    total++;
    const stage = chain.map((f) => STAGES.find(([, re]) => re.test(f))).find(Boolean);
    if (stage) counts[stage[0]]++;
  }
  const shares = Object.fromEntries(STAGES.map(([s]) => [s, counts[s] / total]));
  result.suites.push({ name: suite, samples: total, shares });
  console.log(`wasm stages, ${suite}: ${STAGES.map(([s]) => `${s} ${(100 * shares[s]).toFixed(1)} %`).join(", ")}`);
}
result.stages = STAGES.map(([s]) => s);
mkdirSync(path.join(root, "target/bench"), { recursive: true });
writeFileSync(path.join(root, "target/bench/wasm-stages.json"), JSON.stringify(result, null, 2));
