import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InMemorySpanExporter, SpanKind, startTracing, type Tracing } from "@wijkwerk/observability";
import { writeOutbox } from "@wijkwerk/queue";
import { seedTenant, startFixture, waitFor, type PipelineFixture } from "./notify-harness.ts";

/**
 * Issue 21 (observability): each send to SMTP and to the SMS gateway is a client span under the
 * job that sends it, with the delivery id and never the address or the text.
 */
const exporter = new InMemorySpanExporter();
let tracing: Tracing | undefined;
let fx: PipelineFixture;

beforeAll(async () => {
  tracing = startTracing({ service: "worker", exporter });
  fx = await startFixture({ prefix: "sp" });
}, 60_000);
afterAll(async () => {
  await fx?.stop();
  await tracing?.shutdown();
});

describe("send spans", () => {
  it("an SMS and a mail each get a client span under their send job, without the address or the text", async () => {
    const t = await seedTenant(fx.owner, { slug: "gent" });
    const assignmentId = await t.assignment();
    const [outboxId] = await fx.owner.withTenant(t.tenantId, (tx) =>
      writeOutbox(tx, t.tenantId, {
        topic: "events/assignment.proposed",
        payload: { assignmentId, workerId: t.workerId, jobId: t.jobId, respondUrl: "https://wijk.werk/r" },
      }),
    );
    const rows = await waitFor(async () => {
      const r = await fx.owner.sql<
        { id: string; channel: string; status: string }[]
      >`SELECT id, channel, status FROM deliveries WHERE outbox_id = ${outboxId!} ORDER BY channel`;
      return r.length === 2 && r.every((d) => d.status === "sent") ? r : undefined;
    }, "two sent deliveries");

    const spans = exporter.getFinishedSpans();
    for (const delivery of rows) {
      const send = spans.find((s) => s.name === `${delivery.channel} send` && s.attributes["wijkwerk.delivery.id"] === delivery.id);
      expect(send?.kind, `${delivery.channel} span`).toBe(SpanKind.CLIENT);
      expect(send?.attributes).toMatchObject({ "wijkwerk.channel": delivery.channel, "wijkwerk.event": "assignment.proposed", "wijkwerk.attempt": 1 });
      const job = spans.find((s) => s.spanContext().spanId === send?.parentSpanContext?.spanId);
      expect(job?.name).toBe(`${delivery.channel} process send`);
      const attributes = JSON.stringify(send?.attributes);
      expect(attributes).not.toContain("+32471000001");
      expect(attributes).not.toContain("amina@example.be");
    }
  });
});
