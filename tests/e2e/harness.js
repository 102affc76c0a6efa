// Shared set-up for the browser end-to-end tests: serves www/ on 127.0.0.1 (scripts/serve.py,
// the same server as `make serve`) and drives Debian's Chromium through playwright-core.
// Nothing here downloads a browser.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const artifacts = path.join(root, "tests/e2e/artifacts");

export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/** A port nothing listens on now: the system's pick, so tests in other worktrees never clash. */
async function freePort() {
  const probe = createServer();
  probe.listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address();
  probe.close();
  await once(probe, "close");
  return port;
}

/**
 * Serves the page (www/, or `dir` such as the repository root for bench/) on 127.0.0.1, on a
 * free port; resolves to {url, stop}. Another process may take the port between the probe and
 * the server's start: the server then exits, and a new port is tried.
 * NEWSMARK_WWW=DIR serves another copy of the page instead of www/ (an older checkout's www/,
 * with its pkg/, to check that a new test fails there, or to compare timings).
 */
export async function startServer(dir = process.env.NEWSMARK_WWW || undefined) {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const args = [path.join(root, "scripts/serve.py"), "--port", String(port), ...(dir ? ["--dir", dir] : [])];
    const proc = spawn("python3", args, { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    proc.stderr.on("data", (c) => { stderr += c; });
    const started = await Promise.race([
      once(proc.stdout, "data").then(([chunk]) => String(chunk).includes("serving")),
      once(proc, "exit").then(() => false),
    ]);
    if (started) {
      proc.stderr.pipe(process.stderr);
      return { url: `http://127.0.0.1:${port}/`, stop: () => proc.kill() };
    }
    proc.kill();
    if (attempt === 5) throw new Error(`the page server did not start: ${stderr.trim().split("\n").pop()}`);
  }
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/**
 * Opens the page in a fresh context and collects console errors, page errors and any request
 * that leaves the page's origin. Resolves to {page, context, consoleErrors, outsideRequests}.
 * `setUp(context)`, if given, runs before the page is opened (to route a request, say);
 * `contextOptions` are Playwright's for the new context (a phone's viewport, say).
 */
export async function openPage(browser, url, hash = "", { setUp, contextOptions } = {}) {
  const context = await browser.newContext(contextOptions);
  await setUp?.(context);
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  const consoleErrors = [];
  const outsideRequests = [];
  page.on("console", (m) => { if (m.type() === "error") consoleErrors.push(m.text()); });
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  const origin = new URL(url).origin;
  await context.route("**/*", (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith("data:") || u.startsWith("blob:")) return route.fallback(); // to setUp's routes, if any
    outsideRequests.push(u);
    return route.abort();
  });
  await page.goto(url + hash);
  await page.waitForFunction(() => document.querySelector("#status")?.textContent.length > 0);
  return { page, context, consoleErrors, outsideRequests };
}

export function screenshotPath(name) {
  mkdirSync(artifacts, { recursive: true });
  return path.join(artifacts, name);
}
