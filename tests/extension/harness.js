// Shared set-up for the extension's end-to-end tests: the test build (dist/extension-test, made by
// `make extension`) loaded into Debian's Chromium through playwright-core, the test pages served on
// 127.0.0.1, every request that would leave the machine recorded and refused.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer, CHROMIUM_ARGS } from "../e2e/harness.js";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const TEST_BUILD = path.join(root, "dist/extension-test");
export const SHIPPING_BUILD = path.join(root, "dist/extension");
export const PAGES = path.join(root, "tests/extension/pages");

export function needBuild() {
  if (!existsSync(path.join(TEST_BUILD, "manifest.json"))) throw new Error("dist/extension-test is missing: run `make extension` first");
}

/**
 * Chromium with the test build and a server of tests/extension/pages. Resolves to
 * {context, sw, extensionId, server, outside, close}; `outside` collects every request to
 * anywhere but the test server, the extension itself, data: and blob: (each is aborted).
 */
export async function launchExtension() {
  needBuild();
  const server = await startServer(PAGES);
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), "newsmark-ext-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: false, // the flag below: Chromium's own headless mode, which runs extensions
    acceptDownloads: true,
    // The page tests' flags, with Chromium's new headless mode (the one that runs extensions).
    args: [
      ...CHROMIUM_ARGS.map((a) => (a === "--headless" ? "--headless=new" : a)),
      `--disable-extensions-except=${TEST_BUILD}`, `--load-extension=${TEST_BUILD}`,
    ],
  });
  const origins = [new URL(server.url).origin];
  const allowed = (u) => origins.some((o) => u.startsWith(`${o}/`)) || u.startsWith("chrome-extension://") || u.startsWith("data:") || u.startsWith("blob:");
  const outside = [];
  await context.route("**/*", (route) => {
    const u = route.request().url();
    if (allowed(u)) return route.fallback();
    outside.push(u);
    return route.abort();
  });
  context.on("request", (r) => { if (!allowed(r.url())) outside.push(r.url()); });
  const sw = context.serviceWorkers()[0] ?? await context.waitForEvent("serviceworker", { timeout: 10000 });
  const extensionId = new URL(sw.url()).host;
  return {
    context, sw, extensionId, server, outside,
    /** Lets requests to another test server (`url`) through. */
    allow(url) { origins.push(new URL(url).origin); },
    async close() {
      await context.close();
      server.stop();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens a test page in a new tab; resolves to {page, errors, requests}. */
export async function openTestPage(env, name) {
  const page = await env.context.newPage();
  page.setDefaultTimeout(10000);
  const errors = [], requests = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  // A unique address, so the service worker finds this tab by its URL.
  await page.goto(`${env.server.url}${name}?tab=${Math.random().toString(36).slice(2)}`);
  return { page, errors, requests };
}

/** What a click on the toolbar button does, in the page's tab: globalThis.annotateTab(tabId). */
export function clickButton(env, page) {
  return env.sw.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return globalThis.annotateTab(tab.id);
  }, page.url());
}

/** The extension's panel and notices in that tab, as its content script sees them. */
export function inspect(env, page) {
  return env.sw.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    const [frame] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: () => globalThis.__newsmark?.inspect() ?? null });
    return frame.result;
  }, page.url());
}

/** The marks the extension drew (the page's own look-alikes, marked data-fake in tests, left out). */
export function marksOf(page) {
  return page.$$eval("mark[data-newsmark]", (ms) => ms.filter((m) => m.id !== "fake-mark").map((m) => ({
    kind: m.dataset.kind, label: m.dataset.label, start: Number(m.dataset.start), end: Number(m.dataset.end),
    value: m.dataset.value ?? null, speaker: m.dataset.speaker ?? null, text: m.textContent,
    inArticle: Boolean(m.closest("#story")),
  })));
}

export const squash = (s) => s.replace(/\s+/g, " ").trim();
