import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, importCoda, order, SENDER_IBAN, transferWorld, type TransferWorld } from "./fixtures/transfers.ts";
import { startTestApp, type TestApp } from "./helpers.ts";

/**
 * Issue 18: four eyes on manual payments (above the tenant's amount a payment typed in by hand waits,
 * unmatched, for a second person) and refund-to-sender of an unmatched payment.
 */
let t: TestApp;
let w: TransferWorld;
let aalst: TransferWorld;

beforeAll(async () => {
  t = await startTestApp();
  w = await transferWorld(t, "gent");
  aalst = await transferWorld(t, "aalst");
});
afterAll(async () => t?.close());

const orderStatus = async (id: string) => (await call(t, w.bart, "GET", `/v1/voucher-orders/${id}`)).json().status as string;
const lots = async (orderId: string) => (await t.owner.sql`SELECT count(*)::int AS n FROM voucher_lots WHERE order_id = ${orderId}`)[0]!.n as number;

describe("four eyes on manual payments (issue 18)", () => {
  it("below the amount a manual payment is matched at once, as before", async () => {
    const o = await order(t, w, 1);
    const res = await call(t, w.fatima, "POST", "/v1/payments", { paymentReference: o.paymentReference, amountCents: o.amountCents, paidOn: "2026-11-02" });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().status).toBe("matched");
  });

  it("above the amount it waits unmatched; the one who typed it cannot approve; a second person approves and it is matched", async () => {
    const o = await order(t, w, 3);
    const res = await call(t, w.fatima, "POST", "/v1/payments", { paymentReference: o.paymentReference, amountCents: o.amountCents, paidOn: "2026-11-02" });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toMatchObject({ status: "awaiting_approval", amountCents: 2235 });
    const id = res.json().paymentId as string;
    expect(await orderStatus(o.id)).toBe("awaiting_payment");
    expect(await lots(o.id)).toBe(0);
    const waiting = (await call(t, w.bart, "GET", "/v1/payments?status=awaiting_approval")).json().items;
    expect(waiting).toEqual([expect.objectContaining({ id, status: "awaiting_approval", preparedBy: expect.objectContaining({ name: "Fatima Peeters" }) })]);
    expect((await call(t, w.bart, "GET", "/v1/payments?status=unmatched")).json().items.map((p: { id: string }) => p.id)).not.toContain(id);
    const same = await call(t, w.fatima, "POST", `/v1/payments/${id}/approve`);
    expect(same.statusCode).toBe(409);
    expect(same.json().code).toBe("payment.same_person");
    expect((await call(t, aalst.bart, "POST", `/v1/payments/${id}/approve`)).statusCode).toBe(404);
    const ok = await call(t, w.bart, "POST", `/v1/payments/${id}/approve`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: "matched", paymentId: id, orderId: o.id, vouchers: 3 });
    expect(await orderStatus(o.id)).toBe("paid");
    expect(await lots(o.id)).toBe(1);
    expect((await call(t, w.bart, "POST", `/v1/payments/${id}/approve`)).json().code).toBe("payment.not_awaiting_approval");
    const [audit] = await t.owner.sql`SELECT after FROM audit_log WHERE entity = 'payment' AND entity_id = ${id} AND action = 'approve'`;
    expect(audit!.after).toMatchObject({ preparedBy: "Fatima Peeters", approvedByName: "Bart De Smet" });
  });

  it("a waiting payment typed in by mistake can be deleted; a booked one cannot", async () => {
    const o = await order(t, w, 2);
    const id = (
      await call(t, w.fatima, "POST", "/v1/payments", { paymentReference: o.paymentReference, amountCents: o.amountCents, paidOn: "2026-11-02" })
    ).json().paymentId;
    expect((await call(t, aalst.bart, "DELETE", `/v1/payments/${id}`)).statusCode).toBe(404);
    expect((await call(t, w.fatima, "DELETE", `/v1/payments/${id}`)).statusCode).toBe(204);
    expect((await call(t, w.bart, "POST", `/v1/payments/${id}/approve`)).statusCode).toBe(404);
    expect(await orderStatus(o.id)).toBe("awaiting_payment");
  });
});

describe("refund-to-sender (issue 18)", () => {
  it("an unmatched payment from a statement goes back to the sender's account; twice is 409; deleting the draft frees it", async () => {
    const r = await importCoda(t, w, 7, [
      { amountCents: 2000, freeCommunication: "voor de klusjes", counterpartyName: "Marc Janssens", counterpartyAccount: SENDER_IBAN },
    ]);
    const paymentId = r.unmatched[0]!.paymentId;
    const listed = (await call(t, w.bart, "GET", "/v1/payments?status=unmatched")).json().items.find((p: { id: string }) => p.id === paymentId);
    expect(listed).toMatchObject({ counterpartyName: "Marc Janssens", counterpartyIban: "BE62 **** **** 7061", returnTransferId: null });
    expect((await call(t, aalst.fatima, "POST", `/v1/payments/${paymentId}/return`)).statusCode).toBe(404);
    const res = await call(t, w.fatima, "POST", `/v1/payments/${paymentId}/return`);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: "payment_return", status: "draft", amountCents: 2000, creditorName: "Marc Janssens", paymentId });
    expect((await call(t, w.bart, "GET", `/v1/client-transfers/${res.json().id}`)).json().creditorIban).toBe(SENDER_IBAN);
    const twice = await call(t, w.fatima, "POST", `/v1/payments/${paymentId}/return`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe("payment.already_returned");
    expect((await call(t, w.bart, "DELETE", `/v1/client-transfers/${res.json().id}`)).statusCode).toBe(204);
    const again = await call(t, w.fatima, "POST", `/v1/payments/${paymentId}/return`);
    expect(again.statusCode, again.body).toBe(201);
    // Above the amount (20,00 > 10,00) the preparer cannot approve it.
    expect((await call(t, w.fatima, "POST", `/v1/client-transfers/${again.json().id}/approve`)).json().code).toBe("transfer.same_person");
    expect((await call(t, w.bart, "POST", `/v1/client-transfers/${again.json().id}/approve`)).statusCode).toBe(200);
  });

  it("a matched payment cannot be returned (409 payment.matched)", async () => {
    const o = await order(t, w, 1);
    const r = await importCoda(t, w, 8, [
      { amountCents: o.amountCents, structuredReference: o.paymentReference, counterpartyName: "Jeanne", counterpartyAccount: SENDER_IBAN },
    ]);
    const res = await call(t, w.fatima, "POST", `/v1/payments/${r.matched[0]!.paymentId}/return`);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("payment.matched");
  });

  it("without the sender's account on the statement: 422 payment.return_no_account, unless finance types it", async () => {
    const r = await importCoda(t, w, 9, [{ amountCents: 1500, freeCommunication: "gift" }]);
    const paymentId = r.unmatched[0]!.paymentId;
    const res = await call(t, w.fatima, "POST", `/v1/payments/${paymentId}/return`);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe("payment.return_no_account");
    const bad = await call(t, w.fatima, "POST", `/v1/payments/${paymentId}/return`, { iban: "BE00123", name: "Els" });
    expect(bad.json().code).toBe("validation.failed");
    const ok = await call(t, w.fatima, "POST", `/v1/payments/${paymentId}/return`, { iban: "BE71 0961 2345 6769", name: "Els Maes" });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ creditorName: "Els Maes", creditorIban: "BE71 **** **** 6769" });
  });
});
