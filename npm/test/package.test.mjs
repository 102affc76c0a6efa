// The packed npm package (dist/newsmark-<version>.tgz, `make package`), installed into a
// temporary project the way a user installs it, then used from Node, checked by tsc, built by
// Vite and by webpack and loaded in headless Chromium (main thread and a module Web Worker), and
// loaded as plain ES modules without a bundler. Run by `make test-npm`.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const ARTICLE = join(root, "tests/fixtures/blinken-china-trip.txt");
const DATE = "2023-06-14";
const version = /^\[package\][^[]*?^version\s*=\s*"([^"]+)"/ms.exec(readFileSync(join(root, "Cargo.toml"), "utf8"))[1];
// Absolute: npm reads a relative `dist/x.tgz` as a GitHub repository.
const TARBALL = resolve(root, process.env.NEWSMARK_TARBALL ?? `dist/newsmark-${version}.tgz`);
const CLI = resolve(root, process.env.NEWSMARK_ANNOTATE ?? "target/release/annotate");
const TSC = join(here, "node_modules/.bin/tsc");
const TSC_FLAGS = ["--strict", "--noEmit", "--target", "es2022", "--module", "esnext", "--moduleResolution", "bundler", "--lib", "es2022,dom"];

let project; // the temporary project with the tarball installed
const run = (cmd, args, cwd = project) => spawnSync(cmd, args, { cwd, encoding: "utf8", maxBuffer: 64 << 20 });

before(() => {
  assert.ok(existsSync(TARBALL), `${TARBALL} is missing: run \`make package\``);
  project = mkdtempSync(join(tmpdir(), "newsmark-npm-"));
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  const npm = run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", TARBALL]);
  assert.equal(npm.status, 0, npm.stderr);
  copyFileSync(ARTICLE, join(project, "article.txt"));
});

after(() => {
  if (project && !process.env.KEEP) rmSync(project, { recursive: true, force: true });
});

function nodeResult() {
  writeFileSync(join(project, "node-run.mjs"), `
    import { readFileSync } from "node:fs";
    import { annotate } from "newsmark";
    process.stdout.write(JSON.stringify(annotate(readFileSync("article.txt", "utf8"), { referenceDate: "${DATE}" })));
  `);
  const out = run("node", ["node-run.mjs"]);
  assert.equal(out.status, 0, out.stderr);
  return JSON.parse(out.stdout);
}

test("Node: the installed package annotates the example article as the CLI does", () => {
  const fromNode = nodeResult();
  assert.ok(existsSync(CLI), `${CLI} is missing: run \`make cli\``);
  const fromCli = JSON.parse(execFileSync(CLI, ["--reference-date", DATE, ARTICLE], { encoding: "utf8" }));
  assert.deepEqual(fromNode, fromCli);
  assert.equal(fromNode.newsmark, version);
  assert.ok(fromNode.spans.length > 50);
  // Errors are Errors with the core's message.
  const bad = run("node", ["--input-type=module", "-e", `
    import { annotate } from "newsmark";
    try { annotate("Sunday.", { referenceDate: "2023-02-30" }); } catch (e) { console.log(e instanceof Error, e.message); }
  `]);
  assert.equal(bad.stdout.trim(), 'true reference date "2023-02-30" is not a valid calendar date in the form YYYY-MM-DD (or a date and time, YYYY-MM-DDTHH:MM)');
  const versions = run("node", ["--input-type=module", "-e", `
    import { version, modelVersion, labels, shareLinkMax } from "newsmark";
    console.log(JSON.stringify([version(), modelVersion(), labels().length, shareLinkMax()]));
  `]);
  assert.deepEqual(JSON.parse(versions.stdout), [fromNode.newsmark, fromNode.model, 10, 32000]);
});

test("types: tsc --strict accepts the example, with either module resolution", () => {
  copyFileSync(join(here, "types/example.ts"), join(project, "example.ts"));
  for (const resolution of [["--moduleResolution", "bundler"], ["--module", "nodenext", "--moduleResolution", "nodenext"]]) {
    const flags = [...TSC_FLAGS];
    for (let i = 0; i < resolution.length; i += 2) {
      const at = flags.indexOf(resolution[i]);
      flags.splice(at, 2, resolution[i], resolution[i + 1]);
    }
    const out = run(TSC, [...flags, "example.ts"]);
    assert.equal(out.status, 0, out.stdout + out.stderr);
  }
});

test("types: tsc --strict refuses a wrong field (the negative check)", () => {
  copyFileSync(join(here, "types/wrong-field.ts"), join(project, "wrong-field.ts"));
  const out = run(TSC, [...TSC_FLAGS, "wrong-field.ts"]);
  assert.notEqual(out.status, 0, "wrong-field.ts compiled");
  for (const message of [
    "'reference_date' does not exist in type 'Options'",
    "Property 'value' does not exist on type 'EntitySpan'",
    "Property 'speaker' does not exist on type 'DateSpan'",
    "Property 'version' does not exist on type 'Annotations'",
    `Argument of type '"pdf"' is not assignable to parameter of type 'ExportFormat'`,
  ]) {
    assert.ok(out.stdout.includes(message), `expected «${message}» in:\n${out.stdout}`);
  }
});

test("types: real results of every function have exactly the declared shape", () => {
  copyFileSync(join(here, "samples.mjs"), join(project, "samples.mjs"));
  const samples = run("node", ["samples.mjs", "article.txt"]);
  assert.equal(samples.status, 0, samples.stderr);
  writeFileSync(join(project, "samples.ts"), samples.stdout);
  const ok = run(TSC, [...TSC_FLAGS, "samples.ts"]);
  assert.equal(ok.status, 0, `the types do not match the core's output:\n${ok.stdout}`);

  // The same check must fail when the output drifts: a key the types lack, a key they need
  // that is missing, a kind's field on another kind.
  const a = JSON.parse(JSON.stringify(nodeResult()));
  const date = a.spans.find((s) => s.kind === "date");
  const entity = a.spans.find((s) => s.kind === "entity");
  const drifted = [
    ["newKey", { ...a, spans: [{ ...date, confidence: 0.9 }] }, `'"confidence"' does not exist in type 'DateSpan'`],
    ["missingKey", (({ model, ...rest }) => rest)(a), "Property 'model' is missing"],
    ["otherKind", { ...a, spans: [{ ...entity, value: null }] }, `'"value"' does not exist in type 'EntitySpan'`],
  ];
  let src = `import type { Annotations } from "newsmark";\n`;
  for (const [name, value] of drifted) src += `export const ${name}: Annotations = ${JSON.stringify(value)};\n`;
  writeFileSync(join(project, "drifted.ts"), src);
  const bad = run(TSC, [...TSC_FLAGS, "drifted.ts"]);
  assert.notEqual(bad.status, 0);
  for (const [name, , message] of drifted) assert.ok(bad.stdout.includes(message), `${name}: expected «${message}» in:\n${bad.stdout}`);
});

// ---- Browsers: a Vite build, a webpack build and plain ES modules, each with a module worker ----

const MAIN = (spec) => `
import { annotate } from "${spec}";
const text = await (await fetch("/article.txt")).text();
const main = annotate(text, { referenceDate: "${DATE}" });
const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
const fromWorker = await new Promise((ok, fail) => {
  worker.onerror = (e) => fail(new Error("worker: " + e.message));
  worker.onmessage = (e) => (e.data === "ready" ? worker.postMessage(text) : ok(e.data));
});
window.__newsmark = { main, worker: fromWorker };
`;
const WORKER = (spec) => `
import { annotate } from "${spec}";
self.onmessage = (e) => self.postMessage(annotate(e.data, { referenceDate: "${DATE}" }));
self.postMessage("ready");
`;
const PAGE = (script) => `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>newsmark</title>${script}`;

async function buildWithVite() {
  const app = join(project, "vite-app");
  mkdirSync(app);
  writeFileSync(join(app, "index.html"), PAGE(`<script type="module" src="./main.js"></script>`));
  writeFileSync(join(app, "main.js"), MAIN("newsmark"));
  writeFileSync(join(app, "worker.js"), WORKER("newsmark"));
  const { build } = await import("vite");
  await build({
    root: app, base: "./", logLevel: "error", configFile: false,
    build: { outDir: join(app, "dist"), target: "es2022" },
    worker: { format: "es" },
  });
  return "/vite-app/dist/index.html";
}

async function buildWithWebpack() {
  const app = join(project, "webpack-app");
  mkdirSync(app);
  writeFileSync(join(app, "main.js"), MAIN("newsmark"));
  writeFileSync(join(app, "worker.js"), WORKER("newsmark"));
  const { default: webpack } = await import("webpack");
  const stats = await new Promise((ok, fail) =>
    // webpack's defaults: a classic script bundle (top-level await and the wasm asset need no
    // configuration in webpack 5.83+).
    webpack({
      mode: "production", context: app, entry: "./main.js", target: "web",
      output: { path: join(app, "dist"), filename: "main.js" },
      performance: { hints: false },
    }, (err, s) => (err ? fail(err) : ok(s))));
  assert.ok(!stats.hasErrors(), stats.toString("errors-only"));
  writeFileSync(join(app, "dist/index.html"), PAGE(`<script src="./main.js"></script>`));
  return "/webpack-app/dist/index.html";
}

function plainModules() {
  const app = join(project, "plain");
  mkdirSync(app);
  const spec = "/node_modules/newsmark/index.js";
  writeFileSync(join(app, "index.html"), PAGE(`<script type="module" src="./main.js"></script>`));
  writeFileSync(join(app, "main.js"), MAIN(spec));
  writeFileSync(join(app, "worker.js"), WORKER(spec));
  return "/plain/index.html";
}

const TYPES = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".txt": "text/plain; charset=utf-8", ".json": "application/json" };

test("browsers: Vite and webpack builds and plain ES modules, main thread and worker", async () => {
  const expected = nodeResult();
  const pages = { vite: await buildWithVite(), webpack: await buildWithWebpack(), plain: plainModules() };
  const server = createServer((req, res) => {
    const path = join(project, decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (!path.startsWith(project) || !existsSync(path)) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(readFileSync(path));
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    for (const [name, path] of Object.entries(pages)) {
      const page = await browser.newPage();
      const problems = [];
      page.on("pageerror", (e) => problems.push(e.message));
      page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
      await page.goto(`http://127.0.0.1:${server.address().port}${path}`);
      await page.waitForFunction(() => window.__newsmark, null, { timeout: 30_000 }).catch((e) => {
        throw new Error(`${name}: no result (${problems.join("; ") || e.message})`);
      });
      const got = await page.evaluate(() => window.__newsmark);
      assert.deepEqual(problems, [], name);
      assert.deepEqual(got.main, expected, `${name}: main thread`);
      assert.deepEqual(got.worker, expected, `${name}: worker`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
});
