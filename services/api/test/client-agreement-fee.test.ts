import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays, brusselsDateOf } from "@wijkwerk/domain";
import { addClient, createGeo, tokenFor, type Geo } from "./fixtures/work.ts";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

/** Issue 14, RULES §3 (S20, S44): work and cheques are ordered once the client agreement's fee is paid. */
let t: TestApp;
let gent: TenantLogin;
let geo: Geo;
let consultant: string;
let finance: string;
const today = brusselsDateOf(new Date());
const day = addCalendarDays(today, 5);

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  geo = await createGeo(t, gent.tenantId);
  consultant = tokenFor(t, gent.tenantId, "consultant");
  finance = tokenFor(t, gent.tenantId, "finance");
});
afterAll(async () => t?.close());

const post = (url: string, token: string, payload: object) => t.app.inject({ method: "POST", url, headers: bearer(token), payload });
const orderJob = (clientId: string) =>
  post("/v1/jobs", consultant, {
    clientId,
    activityCode: "accompany.company",
    description: "Boodschappen",
    estimatedMinutes: 60,
    window: { from: `${day}T09:00:00+01:00`, to: `${day}T11:00:00+01:00` },
  });
const orderVouchers = (clientId: string) => post("/v1/voucher-orders", consultant, { clientId, quantity: 10 });
/** A client whose agreement started `daysAgo` days ago, fee not paid. */
const unpaidClient = (daysAgo = 10) =>
  addClient(t, geo, { agreement: { start: addCalendarDays(today, -daysAgo), end: addCalendarDays(today, 364 - daysAgo) }, feePaid: false });
const feeReference = async (clientId: string) =>
  (await t.owner.sql<{ r: string }[]>`SELECT payment_reference AS r FROM client_agreements WHERE client_id = ${clientId}`)[0]!.r;

describe("RULES §3: the client agreement's fee comes first", () => {
  it("a job for a client whose fee is not paid is 409 client.agreement_fee_unpaid, naming the fee and its reference; nothing is planned", async () => {
    const clientId = await unpaidClient();
    const res = await orderJob(clientId);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("client.agreement_fee_unpaid");
    expect(res.json().detail).toMatch(/7,50 euro .* nog niet betaald \(mededeling \+\+\+/);
    expect(res.json().paymentReference).toBe(await feeReference(clientId));
    expect(await t.owner.sql`SELECT 1 FROM jobs WHERE client_id = ${clientId}`).toHaveLength(0);
  });

  it("a voucher order too; without an agreement running today it is 409 client.no_active_agreement", async () => {
    const unpaid = await unpaidClient();
    const res = await orderVouchers(unpaid);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("client.agreement_fee_unpaid");
    const none = await addClient(t, geo, { agreement: null });
    const refused = await orderVouchers(none);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe("client.no_active_agreement");
  });

  it("once the fee is paid, the job and the order go through", async () => {
    const clientId = await addClient(t, geo, { agreement: null });
    const agreement = await post(`/v1/clients/${clientId}/agreements`, consultant, { startDate: today });
    expect(agreement.statusCode, agreement.body).toBe(201);
    expect((await orderJob(clientId)).json().code).toBe("client.agreement_fee_unpaid");
    const paid = await post("/v1/payments", finance, {
      paymentReference: agreement.json().paymentReference,
      amountCents: agreement.json().feeCents,
      paidOn: today,
    });
    expect(paid.statusCode, paid.body).toBe(201);
    expect((await orderJob(clientId)).statusCode).toBe(201);
    expect((await orderVouchers(clientId)).statusCode).toBe(201);
  });

  it("a tenant may allow a grace period from the agreement's start (agreementFeeGraceDays, default 0 = off)", async () => {
    const settings = await t.app.inject({ url: "/v1/settings", headers: bearer(gent.token) });
    expect(settings.json().agreementFeeGraceDays).toBe(0);
    expect((await t.app.inject({ method: "PATCH", url: "/v1/settings", headers: bearer(gent.token), payload: { agreementFeeGraceDays: 30 } })).statusCode).toBe(
      200,
    );
    try {
      expect((await orderJob(await unpaidClient(10))).statusCode).toBe(201);
      const late = await orderJob(await unpaidClient(40));
      expect(late.statusCode).toBe(409);
      expect(late.json().code).toBe("client.agreement_fee_unpaid");
    } finally {
      await t.app.inject({ method: "PATCH", url: "/v1/settings", headers: bearer(gent.token), payload: { agreementFeeGraceDays: 0 } });
    }
  });

  it("a client ordering for itself meets the same rule", async () => {
    const clientId = await unpaidClient();
    const res = await post("/v1/voucher-orders", tokenFor(t, gent.tenantId, "client", clientId), { clientId, quantity: 4 });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("client.agreement_fee_unpaid");
  });
});
