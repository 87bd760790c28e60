import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sepaXsdErrors } from "./fixtures/sepa-xsd.ts";
import { available, buyByBank, call, CLIENT_IBAN, OWN_IBAN, transferWorld, type TransferWorld } from "./fixtures/transfers.ts";
import { createClient, tokenFor } from "./fixtures/vouchers.ts";
import { startTestApp, type TestApp } from "./helpers.ts";

/**
 * Issue 18, refunds that pay out: POST /v1/voucher-refunds prepares a transfer of exactly the amount
 * it decides; four eyes above the tenant's amount (10,00 euro here); approved transfers go once into
 * a SEPA pain.001 batch, valid against the XSD.
 */
let t: TestApp;
let w: TransferWorld;
let aalst: TransferWorld;

beforeAll(async () => {
  t = await startTestApp();
  w = await transferWorld(t, "gent");
  aalst = await transferWorld(t, "aalst");
  await buyByBank(t, w, 10, 1);
});
afterAll(async () => t?.close());

const refund = (quantity: number, extra: object = {}, token = w.fatima, clientId = w.work.clientId) =>
  call(t, token, "POST", "/v1/voucher-refunds", { clientId, quantity, ...extra });

describe("voucher refunds pay out (issue 18)", () => {
  it("a refund prepares a draft transfer of exactly its amount to the account the client paid from", async () => {
    const res = await refund(2);
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.amountCents).toBe(1490);
    expect(body.transfer).toMatchObject({ kind: "voucher_refund", status: "draft", amountCents: 1490, vouchers: 2, creditorIban: "BE71 **** **** 6769" });
    const full = (await call(t, w.bart, "GET", `/v1/client-transfers/${body.transfer.id}`)).json();
    expect(full).toMatchObject({ creditorIban: CLIENT_IBAN, preparedBy: { name: "Fatima Peeters" }, clientId: w.work.clientId });
    const [audit] = await t.owner.sql`SELECT after FROM audit_log WHERE entity = 'client_transfer' AND entity_id = ${body.transfer.id} AND action = 'prepare'`;
    expect(JSON.stringify(audit!.after)).not.toContain(CLIENT_IBAN);
    expect(await available(t, w)).toBe(8);
  });

  it("an IBAN given in the request wins; an invalid one is 422 validation.failed and nothing is taken back", async () => {
    const bad = await refund(1, { iban: "BE00 1234 5678 9012" });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBe("validation.failed");
    expect(await available(t, w)).toBe(8);
    const res = await refund(1, { iban: "BE62 5100 0754 7061" });
    expect(res.statusCode, res.body).toBe(201);
    expect((await call(t, w.bart, "GET", `/v1/client-transfers/${res.json().transfer.id}`)).json().creditorIban).toBe("BE62510007547061");
  });

  it("a client who never paid by bank and no IBAN given: 422 refund.iban_unknown, the vouchers stay", async () => {
    const other = await createClient(t, w.tenant.tenantId, w.work.municipalityId, w.work.neighbourhoodId);
    const o = (await call(t, w.consultant, "POST", "/v1/voucher-orders", { clientId: other, quantity: 1 })).json();
    expect(
      (await call(t, w.tenant.token, "POST", "/v1/payments", { paymentReference: o.paymentReference, amountCents: o.amountCents, paidOn: "2026-11-02" }))
        .statusCode,
    ).toBe(201);
    const res = await refund(1, {}, w.fatima, other);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe("refund.iban_unknown");
    expect(await available(t, w, other)).toBe(1);
  });

  it("above the amount the preparer may not approve (409 transfer.same_person); another staff member does, audited with both names", async () => {
    const transfer = (await refund(2)).json().transfer;
    const listedAs = async (token: string) =>
      ((await call(t, token, "GET", "/v1/client-transfers?status=draft")).json().items as { id: string; youMayApprove: boolean }[]).find(
        (i) => i.id === transfer.id,
      )?.youMayApprove;
    expect(await listedAs(w.fatima)).toBe(false);
    expect(await listedAs(w.bart)).toBe(true);
    const same = await call(t, w.fatima, "POST", `/v1/client-transfers/${transfer.id}/approve`);
    expect(same.statusCode).toBe(409);
    expect(same.json().code).toBe("transfer.same_person");
    const ok = await call(t, w.bart, "POST", `/v1/client-transfers/${transfer.id}/approve`);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: "approved", approvedBy: { name: "Bart De Smet" }, preparedBy: { name: "Fatima Peeters" } });
    const [audit] = await t.owner.sql`SELECT after FROM audit_log WHERE entity = 'client_transfer' AND entity_id = ${transfer.id} AND action = 'approve'`;
    expect(audit!.after).toMatchObject({ preparedByName: "Fatima Peeters", approvedByName: "Bart De Smet" });
    const again = await call(t, w.bart, "POST", `/v1/client-transfers/${transfer.id}/approve`);
    expect(again.json().code).toBe("transfer.not_draft");
    expect((await call(t, w.bart, "DELETE", `/v1/client-transfers/${transfer.id}`)).json().code).toBe("transfer.not_draft");
  });

  it("below the amount the preparer's own approval suffices", async () => {
    const transfer = (await refund(1)).json().transfer;
    expect(transfer.amountCents).toBe(745);
    const ok = await call(t, w.fatima, "POST", `/v1/client-transfers/${transfer.id}/approve`);
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it("deleting a draft refund gives the vouchers back to the client", async () => {
    const before = await available(t, w);
    const transfer = (await refund(3)).json().transfer;
    expect(await available(t, w)).toBe(before - 3);
    const del = await call(t, w.bart, "DELETE", `/v1/client-transfers/${transfer.id}`);
    expect(del.statusCode, del.body).toBe(204);
    expect(await available(t, w)).toBe(before);
    expect((await call(t, w.bart, "GET", `/v1/client-transfers/${transfer.id}`)).statusCode).toBe(404);
    const [sum] = await t.owner.sql`SELECT sum(vouchers)::int AS n FROM voucher_movements WHERE tenant_id = ${w.tenant.tenantId}`;
    expect(sum!.n).toBe(0);
  });

  it("another tenant sees, approves or deletes none of them (404)", async () => {
    const transfer = (await refund(1)).json().transfer;
    expect((await call(t, aalst.bart, "GET", `/v1/client-transfers/${transfer.id}`)).statusCode).toBe(404);
    expect((await call(t, aalst.bart, "POST", `/v1/client-transfers/${transfer.id}/approve`)).statusCode).toBe(404);
    expect((await call(t, aalst.bart, "DELETE", `/v1/client-transfers/${transfer.id}`)).statusCode).toBe(404);
    expect((await call(t, aalst.bart, "GET", "/v1/client-transfers")).json().items).toEqual([]);
    expect((await call(t, tokenFor(t, w.tenant.tenantId, "consultant"), "GET", "/v1/client-transfers")).statusCode).toBe(403);
    await call(t, w.bart, "DELETE", `/v1/client-transfers/${transfer.id}`);
  });

  it("SEPA: approved transfers not yet exported go into one XSD-valid pain.001 batch, once; a re-download is the same file", async () => {
    const approved = (await call(t, w.bart, "GET", "/v1/client-transfers?status=approved")).json().items as { id: string; amountCents: number }[];
    expect(approved.map((a) => a.amountCents).sort()).toEqual([1490, 745]);
    // Two downloads at once: one batch takes the transfers, the other finds nothing left.
    const [one, two] = await Promise.all([call(t, w.bart, "POST", "/v1/client-transfers/batches"), call(t, w.fatima, "POST", "/v1/client-transfers/batches")]);
    expect([one.statusCode, two.statusCode].sort()).toEqual([201, 409]);
    const first = one.statusCode === 201 ? one : two;
    expect(first.json()).toMatchObject({ transferCount: 2, totalCents: 2235 });
    const xml = (await call(t, w.bart, "GET", `/v1/client-transfers/batches/${first.json().id}/sepa.xml`)).body;
    expect(await sepaXsdErrors(xml)).toEqual([]);
    expect(xml).toContain(`<IBAN>${OWN_IBAN}</IBAN>`);
    expect(xml).toContain(`<IBAN>${CLIENT_IBAN}</IBAN>`);
    expect(xml).toContain("<CtrlSum>22.35</CtrlSum>");
    expect(xml).toContain('<InstdAmt Ccy="EUR">14.90</InstdAmt>');
    expect((await call(t, w.bart, "GET", `/v1/client-transfers/batches/${first.json().id}/sepa.xml`)).body).toBe(xml);
    expect((await call(t, w.bart, "POST", "/v1/client-transfers/batches")).json().code).toBe("transfer.nothing_to_export");
    // The draft of 2 (BE62…) approved now: the next batch has only that one.
    const drafts = (await call(t, w.bart, "GET", "/v1/client-transfers?status=draft")).json().items as { id: string; amountCents: number }[];
    const draft = drafts.find((d) => d.amountCents === 745);
    expect((await call(t, w.bart, "POST", `/v1/client-transfers/${draft!.id}/approve`)).statusCode).toBe(200);
    const second = (await call(t, w.bart, "POST", "/v1/client-transfers/batches")).json();
    expect(second).toMatchObject({ transferCount: 1, totalCents: 745 });
    const xml2 = (await call(t, w.bart, "GET", `/v1/client-transfers/batches/${second.id}/sepa.xml`)).body;
    expect(await sepaXsdErrors(xml2)).toEqual([]);
    expect(xml2).toContain("<IBAN>BE62510007547061</IBAN>");
    expect(xml2).not.toContain(CLIENT_IBAN);
    expect((await call(t, aalst.bart, "GET", `/v1/client-transfers/batches/${second.id}/sepa.xml`)).statusCode).toBe(404);
  });
});
