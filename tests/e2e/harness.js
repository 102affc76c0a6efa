// Shared set-up for the browser end-to-end tests: serves www/ on 127.0.0.1 (scripts/serve.py,
// the same server as `make serve`) and drives Debian's Chromium through playwright-core.
// Nothing here downloads a browser.
import { spawn } from "node:child_process";
import { once } from "node:events";
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

/** Starts the page server on a free port; resolves to {url, stop}. */
/** Serves the page (www/, or `dir` such as the repository root for bench/) on 127.0.0.1. */
export async function startServer(dir) {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const args = [path.join(root, "scripts/serve.py"), "--port", String(port), ...(dir ? ["--dir", dir] : [])];
  const proc = spawn("python3", args, { stdio: ["ignore", "pipe", "inherit"] });
  const [chunk] = await once(proc.stdout, "data");
  if (!String(chunk).includes("serving")) throw new Error(`server did not start: ${chunk}`);
  return { url: `http://127.0.0.1:${port}/`, stop: () => proc.kill() };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/**
 * Opens the page in a fresh context and collects console errors, page errors and any request
 * that leaves the page's origin. Resolves to {page, context, consoleErrors, outsideRequests}.
 */
export async function openPage(browser, url, hash = "") {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  const consoleErrors = [];
  const outsideRequests = [];
  page.on("console", (m) => { if (m.type() === "error") consoleErrors.push(m.text()); });
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  const origin = new URL(url).origin;
  await context.route("**/*", (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith("data:") || u.startsWith("blob:")) return route.continue();
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
