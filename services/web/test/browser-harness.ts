import { mkdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect } from "vitest";
import { loadConfig } from "@wijkwerk/config";
// Tests only: a real API on a fresh database. The web code itself never imports the API.
import { startTestApp, type TestApp } from "../../api/test/helpers.ts";
import { buildWeb } from "../src/app.ts";

export const ARTIFACTS = new URL("../../../test-artifacts/web/", import.meta.url).pathname;
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFile(require.resolve("axe-core/axe.min.js"), "utf8");

export interface Harness {
  api: TestApp;
  apiUrl: string;
  web: FastifyInstance;
  webUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/** A real API and the web app on port 0, and one headless Chromium for the whole file. */
export async function startHarness(webEnv: Record<string, string> = {}): Promise<Harness> {
  const api = await startTestApp();
  await api.app.listen({ port: 0, host: "127.0.0.1" });
  const apiUrl = `http://127.0.0.1:${(api.app.server.address() as AddressInfo).port}`;
  const config = loadConfig({ ...process.env, NODE_ENV: "test", ...webEnv });
  const web = await buildWeb({ config, apiBaseUrl: apiUrl });
  await web.listen({ port: 0, host: "127.0.0.1" });
  const webUrl = `http://127.0.0.1:${(web.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  await mkdir(ARTIFACTS, { recursive: true });
  return {
    api,
    apiUrl,
    web,
    webUrl,
    browser,
    close: async () => {
      await browser.close();
      await web.close();
      await api.close();
    },
  };
}

/**
 * A context for axe: the pages carry a CSP without scripts, so the axe script is only let in by
 * bypassing CSP in the test browser.
 */
export function scanContext(browser: Browser, options: { width?: number } = {}): Promise<BrowserContext> {
  return browser.newContext({ bypassCSP: true, viewport: { width: options.width ?? 1280, height: 900 }, locale: "nl-BE" });
}

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** axe-core WCAG 2.1 AA scan (zero violations expected) and a full-page screenshot. */
export async function check(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
  await page.addScriptTag({ content: await AXE_SOURCE });
  const violations = (await page.evaluate(
    "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => ({ target: n.target, failureSummary: n.failureSummary })) })))",
  )) as AxeViolation[];
  expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

/** Pixels the page is wider than the viewport (0 = no horizontal scroll). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return (await page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")) as number;
}
