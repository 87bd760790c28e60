import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "@wijkwerk/config";
import { createDatabase, createTestDatabase, type Database, type TestDatabase } from "@wijkwerk/db";
import { createSendBatcher } from "../src/notifications/send-batch.ts";
import { seedTenant } from "./notify-harness.ts";

/**
 * Issue 22: the claim before a send and the mark after it go in group commits per tenant and
 * channel (send-batch.ts, app_deliveries_claim / app_deliveries_sent), on real PostgreSQL.
 */
const base = loadConfig();
let tdb: TestDatabase;
let owner: Database;

beforeAll(async () => {
  tdb = await createTestDatabase(base.DATABASE_URL, base.APP_DB_PASSWORD);
  owner = createDatabase(tdb.ownerUrl, { max: 10 });
}, 60_000);
afterAll(async () => {
  await owner?.close();
  await tdb?.drop();
});

type Row = { id: string; status: string; attempts: number; provider_id: string | null; body_text: string | null; sent_at: string | null };

/** `n` queued SMS deliveries of the tenant; their ids, in insertion order. */
async function queued(t: Awaited<ReturnType<typeof seedTenant>>, n: number, extra: { event?: string; status?: string; to?: (i: number) => string } = {}) {
  const ids = Array.from({ length: n }, () => randomUUID());
  for (const [i, id] of ids.entries()) {
    await owner.sql`INSERT INTO deliveries (tenant_id, id, event, channel, recipient_type, recipient_id, to_address, language, idempotency_key, status, body_text)
      VALUES (${t.tenantId}, ${id}, ${extra.event ?? "assignment.confirmed"}, 'sms', 'worker', ${t.workerId}, ${extra.to?.(i) ?? `+3247100${String(i).padStart(4, "0")}`}, 'nl',
              ${`test:${id}`}, ${extra.status ?? "queued"}, 'Uw klus is bevestigd.')`;
  }
  return ids;
}

const rows = async (ids: string[]) =>
  new Map(
    (await owner.sql<Row[]>`SELECT id, status, attempts, provider_id, body_text, sent_at::text FROM deliveries WHERE id = ANY (${ids}::uuid[])`).map((r) => [
      r.id,
      r,
    ]),
  );

/** A trigger that refuses the update of the delivery sent to `to` into `status`, as a constraint would. */
async function refuse(to: string, status: string) {
  const name = `refuse_${randomBytes(4).toString("hex")}`;
  await owner.sql.unsafe(`
    CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.to_address = '${to}' AND NEW.status = '${status}' THEN RAISE EXCEPTION 'refused for the test' USING ERRCODE = 'check_violation'; END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER ${name} BEFORE UPDATE ON deliveries FOR EACH ROW EXECUTE FUNCTION ${name}();`);
}

describe("send group commit (issue 22)", () => {
  it("many concurrent claims of one tenant and channel go in a few statements, each delivery claimed once", async () => {
    const t = await seedTenant(owner, { slug: "claims" });
    const ids = await queued(t, 40);
    const batcher = createSendBatcher(owner);
    const claimed = await Promise.all(ids.map((id) => batcher.claim(t.tenantId, "sms", id)));

    expect(claimed.map((c) => c?.id)).toEqual(ids);
    expect(claimed.every((c) => c?.attempts === 1 && c.to_address.startsWith("+3247100") && c.body_text === "Uw klus is bevestigd.")).toBe(true);
    // Two go at once (nothing was running), the 38 that came meanwhile in one more.
    expect(batcher.claims.writes).toBeLessThanOrEqual(3);
    const after = await rows(ids);
    expect([...after.values()].every((r) => r.status === "sending" && r.attempts === 1)).toBe(true);
  });

  it("a claim alone goes at once: nothing waits for company", async () => {
    const t = await seedTenant(owner, { slug: "alone" });
    const [id] = await queued(t, 1);
    const batcher = createSendBatcher(owner);
    const started = performance.now();
    expect((await batcher.claim(t.tenantId, "sms", id!))?.id).toBe(id);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(batcher.claims.writes).toBe(1);
  });

  it("a delivery already sent, failed or suppressed, of another channel or of another tenant, is not claimed", async () => {
    const t = await seedTenant(owner, { slug: "done" });
    const other = await seedTenant(owner, { slug: "other" });
    const open = await queued(t, 3);
    const [sent] = await queued(t, 1, { status: "sent" });
    const [failed] = await queued(t, 1, { status: "failed" });
    const [suppressed] = await queued(t, 1, { status: "suppressed" });
    const [foreign] = await queued(other, 1);
    const batcher = createSendBatcher(owner);
    const ask = [...open, sent!, failed!, suppressed!, foreign!];
    const claimed = await Promise.all(ask.map((id) => batcher.claim(t.tenantId, "sms", id)));
    expect(claimed.map((c) => c?.id)).toEqual([...open, undefined, undefined, undefined, undefined]);
    // As email they are not claimable either (the channel is part of the claim).
    expect(await batcher.claim(t.tenantId, "email", open[0]!)).toBeUndefined();
    const after = await rows(ask);
    expect(after.get(sent!)).toMatchObject({ status: "sent", attempts: 0 });
    expect(after.get(foreign!)).toMatchObject({ status: "queued", attempts: 0 });
  });

  it("one delivery the database refuses does not fail the claims of the others", async () => {
    const t = await seedTenant(owner, { slug: "badclaim" });
    const bad = "+32471999001";
    await refuse(bad, "sending");
    const ids = await queued(t, 10, { to: (i) => (i === 4 ? bad : `+3247200${String(i).padStart(4, "0")}`) });
    const batcher = createSendBatcher(owner, { inFlight: 1 });
    // A malformed id is refused by the statement as a whole too.
    const outcomes = await Promise.allSettled([...ids, "not-a-uuid"].map((id) => batcher.claim(t.tenantId, "sms", id)));

    expect(outcomes.map((o) => o.status)).toEqual([...ids.map((_, i) => (i === 4 ? "rejected" : "fulfilled")), "rejected"]);
    const after = await rows(ids);
    for (const [i, id] of ids.entries()) expect(after.get(id)?.status, `delivery ${i}`).toBe(i === 4 ? "queued" : "sending");
  });

  it("marks of many sends go in a few statements, each with its own provider id; only sign-in codes lose their text", async () => {
    const t = await seedTenant(owner, { slug: "marks" });
    const ids = await queued(t, 20);
    const [code] = await queued(t, 1, { event: "auth.code" });
    const all = [...ids, code!];
    const batcher = createSendBatcher(owner);
    await Promise.all(all.map((id) => batcher.claim(t.tenantId, "sms", id)));
    await Promise.all(all.map((id, i) => batcher.markSent(t.tenantId, "sms", { id, providerId: i === 3 ? null : `gw-${id}`, scrub: id === code })));

    expect(batcher.marks.writes).toBeLessThanOrEqual(3);
    const after = await rows(all);
    for (const [i, id] of all.entries()) {
      const r = after.get(id)!;
      expect(r.status).toBe("sent");
      expect(r.sent_at).not.toBeNull();
      expect(r.provider_id).toBe(i === 3 ? null : `gw-${id}`);
      expect(r.body_text).toBe(id === code ? null : "Uw klus is bevestigd.");
    }
  });

  it("one mark the database refuses does not keep the others from being marked", async () => {
    const t = await seedTenant(owner, { slug: "badmark" });
    const bad = "+32471999002";
    await refuse(bad, "sent");
    const ids = await queued(t, 8, { to: (i) => (i === 2 ? bad : `+3247300${String(i).padStart(4, "0")}`) });
    const batcher = createSendBatcher(owner, { inFlight: 1 });
    await Promise.all(ids.map((id) => batcher.claim(t.tenantId, "sms", id)));
    const outcomes = await Promise.allSettled(ids.map((id) => batcher.markSent(t.tenantId, "sms", { id, providerId: `gw-${id}`, scrub: false })));

    expect(outcomes.map((o) => o.status)).toEqual(ids.map((_, i) => (i === 2 ? "rejected" : "fulfilled")));
    const after = await rows(ids);
    for (const [i, id] of ids.entries()) expect(after.get(id)?.status, `delivery ${i}`).toBe(i === 2 ? "sending" : "sent");
  });
});
