import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant, type TenantLogin } from "../../api/test/helpers.ts";
import { waitFor } from "../../worker/test/notify-harness.ts";
import { formToken, postForm, registerWorker, startLoggedStack, WORKER_PHONE, type LoggedStack } from "./log-harness.ts";

/**
 * Issue 21: one request id from the edge through every service. Given to the web (or made there),
 * it is sent to the API, written on the audit and outbox rows, carried by the BullMQ job, logged
 * by the worker, written on the delivery and logged when the SMS leaves.
 */
let s: LoggedStack;
let tenant: TenantLogin;

beforeAll(async () => {
  s = await startLoggedStack();
  tenant = await createTenant(s.api);
  await registerWorker(s, tenant);
}, 120_000);
afterAll(async () => s?.close());

/** Asks the web for a sign-in code for the worker, with these extra headers; the web's answer. */
async function requestCode(headers: Record<string, string>) {
  const form = await formToken(s.webUrl, `/aanmelden/code?organisatie=${tenant.slug}&voor=werker`);
  return postForm(s.webUrl, "/aanmelden/code", form, { tenant: tenant.slug, voor: "werker", contact: WORKER_PHONE }, headers);
}

describe("one request id, web → API → outbox → worker → delivery", () => {
  it("a request id given to the web is in the API's logs, the audit row, the outbox row, the job's log lines and the delivery row", async () => {
    const id = "e2e-req-7f3a.1";
    const res = await requestCode({ "x-request-id": id });
    expect(res.status, await res.text()).toBe(200);
    expect(res.headers.get("x-request-id")).toBe(id);

    // The web and the API logged this request under the same id.
    expect(s.logs.web.lines().some((l) => l.requestId === id && l.msg === "request completed")).toBe(true);
    const apiLines = s.logs.api.lines().filter((l) => l.requestId === id);
    expect(apiLines.some((l) => (l.req as { url?: string } | undefined)?.url === "/v1/auth/codes")).toBe(true);
    expect(apiLines.some((l) => l.msg === "request completed")).toBe(true);

    const sql = s.api.owner.sql;
    const audits = await sql<{ entity: string }[]>`SELECT entity FROM audit_log WHERE tenant_id = ${tenant.tenantId} AND request_id = ${id}`;
    expect(audits.map((a) => a.entity)).toEqual(["auth_code"]);
    const outbox = await sql<{ id: string; topic: string }[]>`SELECT id, topic FROM outbox WHERE tenant_id = ${tenant.tenantId} AND request_id = ${id}`;
    expect(outbox.map((o) => o.topic)).toEqual(["events/auth.code"]);

    // The delivery of that event carries the id, and the SMS left with it in the log.
    const delivery = await waitFor(async () => {
      const [d] = await sql<{ id: string; status: string; request_id: string | null; outbox_id: string }[]>`
        SELECT id, status, request_id, outbox_id FROM deliveries WHERE tenant_id = ${tenant.tenantId} AND outbox_id = ${outbox[0]!.id} AND status = 'sent'`;
      return d;
    }, "the code's SMS sent");
    expect(delivery.request_id).toBe(id);
    const sent = await waitFor(async () => s.logs.worker.lines().find((l) => l.msg === "sms sent" && l.deliveryId === delivery.id), "the send log line");
    expect(sent).toMatchObject({ requestId: id, queue: "sms", service: "worker" });
    const eventLines = s.logs.worker.lines().filter((l) => l.queue === "events" && l.jobId === outbox[0]!.id);
    expect(eventLines.map((l) => l.msg)).toEqual(expect.arrayContaining(["job started", "deliveries planned", "job done"]));
    expect(eventLines.every((l) => l.requestId === id)).toBe(true);
    const sendJob = await s.pipeline.queues.sms.getJob(delivery.id);
    expect(sendJob?.data).toMatchObject({ _requestId: id });
  });

  it("without an incoming id the web makes one and the API uses that same one", async () => {
    const res = await requestCode({});
    expect(res.status).toBe(200);
    const id = res.headers.get("x-request-id")!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(s.logs.api.lines().some((l) => l.requestId === id && (l.req as { url?: string } | undefined)?.url === "/v1/auth/codes")).toBe(true);
    const [audit] = await s.api.owner.sql`SELECT 1 FROM audit_log WHERE tenant_id = ${tenant.tenantId} AND request_id = ${id}`;
    expect(audit).toBeDefined();
  });

  it("an invalid incoming id is replaced, at the web and at the API", async () => {
    for (const bad of ["has space", "x".repeat(65), 'quote"d', "<b>"]) {
      // The organisation's own page asks the API for the organisation.
      const res = await fetch(`${s.webUrl}/${tenant.slug}`, { headers: { "x-request-id": bad } });
      expect(res.status).toBe(200);
      const id = res.headers.get("x-request-id")!;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(s.logs.api.lines().some((l) => l.requestId === id && l.msg === "request completed")).toBe(true);
      const direct = await s.api.app.inject({ method: "GET", url: "/health", headers: { "x-request-id": bad } });
      expect(direct.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    }
    const all = s.logs.api.text() + s.logs.web.text() + s.logs.worker.text();
    expect(all).not.toContain("has space");
    expect(all).not.toContain("x".repeat(65));
    expect(all).not.toContain("<b>");
  });

  it("the API called directly takes a safe X-Request-Id and answers with it", async () => {
    const res = await s.api.app.inject({ method: "GET", url: "/health", headers: { "x-request-id": "direct-api-1" } });
    expect(res.headers["x-request-id"]).toBe("direct-api-1");
    const fresh = await s.api.app.inject({ method: "GET", url: "/health" });
    expect(fresh.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(s.logs.api.lines().some((l) => l.requestId === "direct-api-1")).toBe(true);
  });
});
