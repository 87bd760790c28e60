import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { openapiDocument } from "../src/openapi-document.ts";
import { operationIdFor } from "../src/plugins/openapi-operations.ts";

// Issue 24: the document at /v1/openapi.json as partners' tools expect it. Redocly CLI (pinned
// devDependency) runs offline on the document the app serves; nothing is fetched.
const here = new URL("..", import.meta.url).pathname;
const run = promisify(execFile);

interface Op {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: unknown[];
  requestBody?: { content: Record<string, { example?: unknown; examples?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema?: { allOf?: { properties?: { code?: { enum?: string[] } } }[] } }> }>;
}
interface Doc {
  paths: Record<string, Record<string, Op>>;
  tags: { name: string; description?: string }[];
  servers?: { url: string }[];
  info: { license?: unknown; contact?: unknown };
}

let doc: Doc;
const operations = () =>
  Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, path, op })));
beforeAll(async () => {
  doc = JSON.parse(JSON.stringify(await openapiDocument({ ...process.env, PUBLIC_API_URL: "https://api.wijkwerk.example" })));
}, 60_000);

describe("OpenAPI document (issue 24)", () => {
  it("passes Redocly CLI's recommended rules with 0 errors and 0 warnings, offline", async () => {
    const dir = mkdtempSync(join(tmpdir(), "openapi-lint-"));
    try {
      writeFileSync(join(dir, "openapi.json"), JSON.stringify(doc));
      copyFileSync(join(here, "openapi/redocly.yaml"), join(dir, "redocly.yaml"));
      const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };
      const result = await run(join(here, "node_modules/.bin/redocly"), ["lint", "--config", "redocly.yaml", "--format=json", "openapi.json"], {
        cwd: dir,
        env,
        maxBuffer: 64 * 1024 * 1024,
      }).catch((err: { stdout: string }) => err);
      const report = JSON.parse(result.stdout) as {
        totals: { errors: number; warnings: number; ignored: number };
        problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
      };
      expect(report.problems.map((p) => `${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`)).toEqual([]);
      // Nothing ignored: even the probes declare a 4xx (text that cannot be stored is refused at the edge, also in their query string).
      expect(report.totals).toEqual({ errors: 0, warnings: 0, ignored: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("exempts nothing from the linter (no ignore file)", () => {
    expect(existsSync(join(here, "openapi/.redocly.lint-ignore.yaml"))).toBe(false);
  });

  it("has servers from configuration, a licence, a contact, and a described tag for every tag in use", () => {
    expect(doc.servers).toEqual([{ url: "https://api.wijkwerk.example", description: expect.any(String) }]);
    expect(doc.info.license).toBeTruthy();
    expect(doc.info.contact).toBeTruthy();
    expect(doc.tags.filter((t) => !t.description).map((t) => t.name)).toEqual([]);
  });

  it("gives every operation a unique operationId, a summary, a tag, security and an example for its request body", () => {
    const problems: string[] = [];
    const ids = new Map<string, string>();
    for (const { name, op } of operations()) {
      if (!op.operationId || !/^[a-z][A-Za-z0-9]+$/.test(op.operationId)) problems.push(`${name}: operationId ${op.operationId}`);
      else if (ids.has(op.operationId)) problems.push(`${name}: operationId ${op.operationId} also on ${ids.get(op.operationId)}`);
      else ids.set(op.operationId, name);
      if (!op.summary) problems.push(`${name}: no summary`);
      if (!op.tags?.length) problems.push(`${name}: no tag`);
      if (!Array.isArray(op.security)) problems.push(`${name}: no security`);
      for (const [type, media] of Object.entries(op.requestBody?.content ?? {}))
        if (media.example === undefined && media.examples === undefined) problems.push(`${name}: no example for ${type}`);
    }
    expect(problems).toEqual([]);
  });

  it("declares the public operations with security: [] and every other one with a scheme", () => {
    const open = operations()
      .filter(({ op }) => op.security?.length === 0)
      .map(({ name }) => name)
      .sort();
    expect(open).toEqual(
      [
        "GET /health",
        "GET /ready",
        "POST /v1/assignments/{id}/respond",
        "POST /v1/auth/codes",
        "POST /v1/auth/codes/verify",
        "POST /v1/auth/login",
        // Issue 17, the door: finding one's organisation before signing in.
        "GET /v1/organisations",
        "GET /v1/organisations/{slug}",
        // Issue 17: the short answer link (the code is the credential) and the SMS gateway (its own shared token, see the description).
        "GET /v1/answer-links/{code}",
        "POST /v1/answer-links/{code}/respond",
        "POST /v1/answer-links/{code}/undo",
        "POST /v1/sms/inbound",
        // Issue 20: the second sign-in step (the challenge is the credential), forgot password, and the password link (the code is the credential).
        "POST /v1/auth/login/second-factor",
        "POST /v1/auth/password-reset",
        "GET /v1/auth/staff-links/{code}",
        "POST /v1/auth/staff-links/{code}/password",
      ].sort(),
    );
  });

  it("documents the Idempotency-Key header on the operations API.md marks (idem)", () => {
    const idem = ["POST /v1/time-entries", "POST /v1/voucher-orders", "POST /v1/payments", "POST /v1/voucher-refunds", "POST /v1/payout-runs"];
    const without = operations().filter(
      ({ name, op }) =>
        idem.includes(name) &&
        !(op as { parameters?: { in: string; name: string }[] }).parameters?.some((p) => p.in === "header" && p.name === "Idempotency-Key"),
    );
    expect(without.map(({ name }) => name)).toEqual([]);
  });

  it("lists, for every error status of every /v1 operation, the problem codes it can answer (an enum)", () => {
    const problems: string[] = [];
    for (const { name, path, op } of operations()) {
      if (!path.startsWith("/v1/")) continue;
      const statuses = Object.keys(op.responses).filter((s) => Number(s) >= 400);
      if (!statuses.some((s) => s.startsWith("4"))) problems.push(`${name}: no 4xx response`);
      for (const status of statuses) {
        const schema = op.responses[status]?.content?.["application/problem+json"]?.schema;
        if (!schema?.allOf?.[1]?.properties?.code?.enum?.length) problems.push(`${name} ${status}: no codes (add them to the route's config.errors)`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("keeps every published operationId (openapi/operation-ids.json); a new one is added there on purpose", () => {
    const published = JSON.parse(readFileSync(join(here, "openapi/operation-ids.json"), "utf8")) as string[];
    const served = operations()
      .map(({ op }) => op.operationId ?? "")
      .sort();
    // Client generators name functions after these: a renamed path must pin its old name in OVERRIDES.
    expect(
      published.filter((id) => !served.includes(id)),
      "published operationIds that are gone",
    ).toEqual([]);
    expect(
      served.filter((id) => !published.includes(id)),
      "new operationIds: add them to openapi/operation-ids.json",
    ).toEqual([]);
  });

  it("derives operationIds as verb + resource", () => {
    const table: [string, string, string][] = [
      ["GET", "/v1/workers", "listWorkers"],
      ["POST", "/v1/workers", "createWorker"],
      ["GET", "/v1/workers/{id}", "getWorker"],
      ["PATCH", "/v1/workers/{id}", "updateWorker"],
      ["DELETE", "/v1/workers/{id}", "deleteWorker"],
      ["GET", "/v1/workers/{id}/capacity", "getWorkerCapacity"],
      ["POST", "/v1/workers/{id}/agreements", "createWorkerAgreement"],
      ["POST", "/v1/time-entries", "createTimeEntry"],
      ["POST", "/v1/time-entries/{id}/confirm", "confirmTimeEntry"],
      ["GET", "/v1/municipalities", "listMunicipalities"],
      ["PUT", "/v1/municipalities/{id}/activities", "replaceMunicipalityActivities"],
      ["GET", "/v1/payout-runs/{id}/sepa.xml", "getPayoutRunSepaXml"],
      ["POST", "/v1/office-hours", "createOfficeHours"],
      ["POST", "/v1/staff", "createStaffMember"],
      ["POST", "/v1/jobs/{id}/cancel", "cancelJob"],
      ["POST", "/v1/auth/logout", "logout"],
      ["POST", "/v1/activity-requests/{id}/approve", "approveActivityRequest"],
      ["GET", "/v1/clients/{id}/agreements/{agreementId}", "getClientAgreement"],
    ];
    expect(table.map(([m, p]) => operationIdFor(m, p))).toEqual(table.map(([, , id]) => id));
  });
});
