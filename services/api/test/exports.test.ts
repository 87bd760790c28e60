import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateSepaBusinessRules } from "@wijkwerk/domain";
import { addEntries, payoutWorld, staffToken, type PayoutWorld } from "./fixtures/payouts.ts";
import { sepaXsdErrors } from "./fixtures/sepa-xsd.ts";
import { bearer, createTenant, startTestApp, type TenantLogin, type TestApp } from "./helpers.ts";

let t: TestApp;
let gent: TenantLogin;
let finance: string;
let consultant: string;
let world: PayoutWorld;
let runId: string;

const NAMES = [
  { firstName: "Zoë", lastName: "Dupré & Zonen" },
  { firstName: "Jan", lastName: "Peeters" },
  { firstName: "Fatima", lastName: "El Amrani" },
  { firstName: "=cmd", lastName: 'Formule; "test"' },
];

beforeAll(async () => {
  t = await startTestApp();
  gent = await createTenant(t, "gent");
  finance = await staffToken(t, gent, "finance");
  consultant = await staffToken(t, gent, "consultant");
  world = await payoutWorld(t.owner, gent.tenantId, 4, (i) => NAMES[i]!);
  const [zoe, jan, fatima, formula] = world.workers;
  await t.owner
    .sql`INSERT INTO organisation_accounts (tenant_id, name, iban, bic) VALUES (${gent.tenantId}, 'Wijk-werken Gent EVA', 'BE68539007547034', 'GKCCBEBB')`;
  await addEntries(t.owner, world, [
    { workerId: zoe!.id, date: "2024-03-04", minutes: 61, travelTenthsKm: 120 },
    { workerId: zoe!.id, date: "2024-03-05", minutes: 120 },
    { workerId: jan!.id, date: "2024-03-06", minutes: 30 },
    { workerId: fatima!.id, date: "2024-03-07", minutes: 200, travelTenthsKm: 250 },
    { workerId: formula!.id, date: "2024-03-08", minutes: 45 },
    { workerId: jan!.id, date: "2024-02-20", minutes: 60 },
    { workerId: fatima!.id, date: "2024-03-09", minutes: 60, status: "submitted" },
  ]);
  const res = await t.app.inject({ method: "POST", url: "/v1/payout-runs", headers: bearer(finance), payload: { month: "2024-03" } });
  runId = res.json().id;
});
afterAll(async () => t?.close());

const get = (token: string, url: string) => t.app.inject({ method: "GET", url, headers: bearer(token) });

function parseCsv(body: string): string[][] {
  expect(body.startsWith("\uFEFF")).toBe(true);
  const rows: string[][] = [];
  for (const line of body
    .slice(1)
    .split("\r\n")
    .filter((l) => l !== "")) {
    const cells: string[] = [];
    let cur = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (quoted && ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') {
        quoted = !quoted;
      } else if (ch === ";" && !quoted) {
        cells.push(cur);
        cur = "";
      } else {
        cur += ch;
      }
    }
    cells.push(cur);
    rows.push(cells);
  }
  return rows;
}
const centsOf = (euro: string) => {
  const m = /^(-?)(\d+),(\d{2})$/.exec(euro);
  if (!m) throw new Error(`not a euro amount: ${euro}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
};

describe("SEPA credit transfer file", () => {
  it("a draft run has no SEPA file yet: 409 payout.not_approved", async () => {
    const res = await get(finance, `/v1/payout-runs/${runId}/sepa.xml`);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("payout.not_approved");
  });

  it("an approved run gives a pain.001.001.09 file that passes the XSD and the business rules, and is marked exported", async () => {
    const approve = await t.app.inject({ method: "POST", url: `/v1/payout-runs/${runId}/approve`, headers: bearer(finance) });
    expect(approve.statusCode).toBe(200);
    const res = await get(finance, `/v1/payout-runs/${runId}/sepa.xml`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toMatch(/application\/xml/);
    expect(res.headers["content-disposition"]).toContain("uitbetaling-2024-03.xml");
    const xml = res.body;

    expect(await sepaXsdErrors(xml)).toEqual([]);
    expect(validateSepaBusinessRules(xml)).toEqual([]);

    const run = (await get(finance, `/v1/payout-runs/${runId}`)).json();
    expect(run.status).toBe("exported");
    expect(run.exportedAt).toMatch(/^\d{4}-/);
    // 4 workers are paid: the file has one transfer each and its control sum is the run's total.
    expect(xml.match(/<CdtTrfTxInf>/g)).toHaveLength(4);
    const ctrl = /<GrpHdr>.*?<CtrlSum>([\d.]+)<\/CtrlSum>/s.exec(xml)![1]!;
    expect(Math.round(Number(ctrl) * 100)).toBe(run.totalCents);
    expect(xml).toContain("<Dbtr><Nm>Wijk-werken Gent EVA</Nm></Dbtr><DbtrAcct><Id><IBAN>BE68539007547034</IBAN>");
    // SEPA character set: "Zoë Dupré & Zonen" is transliterated, the remittance names month and worker.
    expect(xml).toContain("<Nm>Zoe Dupre + Zonen</Nm>");
    expect(xml).toContain("<Ustrd>Wijk-werken maart 2024 Zoe Dupre + Zonen</Ustrd>");
    // Jan: 30 min (March) + a late February hour, one transfer of 2 × 410 with his regular EndToEndId.
    const jan =
      /<CdtTrfTxInf><PmtId><EndToEndId>([^<]+)<\/EndToEndId><\/PmtId><Amt><InstdAmt Ccy="EUR">([\d.]+)<\/InstdAmt><\/Amt><Cdtr><Nm>Jan Peeters<\/Nm>/.exec(xml);
    expect(jan?.[2]).toBe("8.20");
    const lines = (await get(finance, `/v1/payout-runs/${runId}/lines?workerId=${world.workers[1]!.id}`)).json().items;
    expect(lines.find((l: { kind: string }) => l.kind === "regular").endToEndId).toBe(jan?.[1]);

    const again = await get(finance, `/v1/payout-runs/${runId}/sepa.xml`);
    expect(again.statusCode).toBe(200);
    const audit = await t.owner
      .sql`SELECT action FROM audit_log WHERE tenant_id = ${gent.tenantId} AND entity = 'payout_run' AND entity_id = ${runId} ORDER BY at`;
    expect(audit.map((r) => r.action)).toEqual(["create", "approve", "export_sepa", "export_sepa"]);
  });

  it("a worker whose corrections exceed this month's pay gets no transfer; the file stays valid", async () => {
    const [zoe, jan] = world.workers;
    // Zoë's paid 120-minute entry is cancelled: −820 against her April pay of 410.
    const [paid] = await t.owner.sql`SELECT id FROM time_entries WHERE tenant_id = ${gent.tenantId} AND worker_id = ${zoe!.id} AND minutes = 120`;
    await t.owner.sql`UPDATE time_entries SET status = 'cancelled' WHERE tenant_id = ${gent.tenantId} AND id = ${paid!.id}`;
    await addEntries(t.owner, world, [
      { workerId: zoe!.id, date: "2024-04-03", minutes: 60 },
      { workerId: jan!.id, date: "2024-04-03", minutes: 60 },
    ]);
    const run = (await t.app.inject({ method: "POST", url: "/v1/payout-runs", headers: bearer(finance), payload: { month: "2024-04" } })).json();
    expect(run.totalCents).toBe(410 - 820 + 410);
    await t.app.inject({ method: "POST", url: `/v1/payout-runs/${run.id}/approve`, headers: bearer(finance) });
    const xml = (await get(finance, `/v1/payout-runs/${run.id}/sepa.xml`)).body;
    expect(validateSepaBusinessRules(xml)).toEqual([]);
    expect(xml.match(/<CdtTrfTxInf>/g)).toHaveLength(1);
    expect(xml).toContain("<Nm>Jan Peeters</Nm>");
    expect(xml).not.toContain("Zoe");
  });

  it("a run where nobody gets money has no file: 409 payout.nothing_to_pay", async () => {
    const other = await createTenant(t);
    const token = await staffToken(t, other, "finance");
    const run = (await t.app.inject({ method: "POST", url: "/v1/payout-runs", headers: bearer(token), payload: { month: "2024-05" } })).json();
    await t.app.inject({ method: "POST", url: `/v1/payout-runs/${run.id}/approve`, headers: bearer(token) });
    const res = await get(token, `/v1/payout-runs/${run.id}/sepa.xml`);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("payout.nothing_to_pay");
  });
});

describe("bank accounts", () => {
  it("a wrong IBAN blocks approval (409 payout.invalid_iban) until the worker is fixed and the draft refreshed", async () => {
    const other = await createTenant(t);
    const token = await staffToken(t, other, "finance");
    const w = await payoutWorld(t.owner, other.tenantId, 2);
    const [good, wrong] = w.workers;
    await t.owner.sql`UPDATE workers SET iban = 'BE00539007500012' WHERE tenant_id = ${other.tenantId} AND id = ${wrong!.id}`;
    await addEntries(t.owner, w, [
      { workerId: good!.id, date: "2024-03-04", minutes: 60 },
      { workerId: wrong!.id, date: "2024-03-04", minutes: 60 },
    ]);
    const run = (await t.app.inject({ method: "POST", url: "/v1/payout-runs", headers: bearer(token), payload: { month: "2024-03" } })).json();
    const refused = await t.app.inject({ method: "POST", url: `/v1/payout-runs/${run.id}/approve`, headers: bearer(token) });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe("payout.invalid_iban");
    expect(refused.json().detail).toContain(`${wrong!.firstName} ${wrong!.lastName}`);
    expect((await get(token, `/v1/payout-runs/${run.id}`)).json().status).toBe("draft");

    // Safety net: even a run approved behind the API's back never yields a cut-off SEPA file.
    await t.owner.sql`UPDATE payout_runs SET status = 'approved', approved_at = now() WHERE id = ${run.id}`;
    const file = await get(token, `/v1/payout-runs/${run.id}/sepa.xml`);
    expect(file.statusCode).toBe(409);
    expect(file.json().code).toBe("payout.invalid_iban");
    expect((await get(token, `/v1/payout-runs/${run.id}`)).json().status).toBe("approved");
  });

  it("after fixing the worker's IBAN and refreshing the draft, approval works", async () => {
    const other = await createTenant(t);
    const token = await staffToken(t, other, "finance");
    const w = await payoutWorld(t.owner, other.tenantId, 1);
    await t.owner.sql`UPDATE workers SET iban = 'BE00539007500012' WHERE tenant_id = ${other.tenantId}`;
    await addEntries(t.owner, w, [{ workerId: w.workers[0]!.id, date: "2024-03-04", minutes: 60 }]);
    const run = (await t.app.inject({ method: "POST", url: "/v1/payout-runs", headers: bearer(token), payload: { month: "2024-03" } })).json();
    expect((await t.app.inject({ method: "POST", url: `/v1/payout-runs/${run.id}/approve`, headers: bearer(token) })).statusCode).toBe(409);
    await t.owner.sql`UPDATE workers SET iban = ${w.workers[0]!.iban} WHERE tenant_id = ${other.tenantId}`;
    expect((await t.app.inject({ method: "POST", url: "/v1/payout-runs", headers: bearer(token), payload: { month: "2024-03" } })).json().id).toBe(run.id);
    const ok = await t.app.inject({ method: "POST", url: `/v1/payout-runs/${run.id}/approve`, headers: bearer(token) });
    expect(ok.statusCode, ok.body).toBe(200);
    const file = await get(token, `/v1/payout-runs/${run.id}/sepa.xml`);
    expect(validateSepaBusinessRules(file.body)).toEqual([]);
  });
});

describe("lines.csv", () => {
  it("is UTF-8 with BOM, semicolons, decimal comma and a Dutch header, and adds up to the run total", async () => {
    const res = await get(finance, `/v1/payout-runs/${runId}/lines.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/text\/csv; charset=utf-8/);
    const rows = parseCsv(res.body);
    expect(rows[0]).toEqual([
      "Maand",
      "Betalingskenmerk",
      "Naam",
      "IBAN",
      "Soort",
      "Werkmaand",
      "Prestaties",
      "Minuten",
      "Cheques",
      "Loon (EUR)",
      "Verplaatsing (EUR)",
      "Totaal (EUR)",
    ]);
    const data = rows.slice(1);
    const run = (await get(finance, `/v1/payout-runs/${runId}`)).json();
    expect(data).toHaveLength(run.lineCount);
    expect(data.reduce((s, r) => s + centsOf(r[11]!), 0)).toBe(run.totalCents);
    const zoe = data.find((r) => r[2] === "Zoë Dupré & Zonen")!;
    // 61 + 120 min → 2 + 2 vouchers; 12 km in 2024 → 2,04.
    expect(zoe.slice(4)).toEqual(["gewoon", "2024-03", "2", "181", "4", "16,40", "2,04", "18,44"]);
    const formula = data.find((r) => r[2]?.includes("Formule"))!;
    // A name that would start a formula in Excel is neutralised; the quote and semicolon survive quoting.
    expect(formula[2]).toBe('\'=cmd Formule; "test"');
    const late = data.find((r) => r[2] === "Jan Peeters" && r[4] === "correctie")!;
    expect(late.slice(5)).toEqual(["2024-02", "1", "60", "1", "4,10", "0,00", "4,10"]);
  });
});

describe("hours.csv for the referrers", () => {
  it("lists confirmed hours per worker in the month with INSZ and VDAB/OCMW", async () => {
    const res = await get(consultant, "/v1/reports/hours.csv?month=2024-03");
    expect(res.statusCode).toBe(200);
    const rows = parseCsv(res.body);
    expect(rows[0]).toEqual(["Maand", "Toeleider", "Achternaam", "Voornaam", "INSZ", "Bevestigde uren", "Minuten", "Prestaties"]);
    const byName = new Map(rows.slice(1).map((r) => [r[3], r]));
    // Zoë's 120-minute entry was cancelled in the test above: only the 61 minutes remain confirmed.
    expect(byName.get("Zoë")).toEqual(["2024-03", "OCMW", "Dupré & Zonen", "Zoë", "85.07.30-000.00", "1,02", "61", "1"]);
    expect(byName.get("Jan")).toEqual(["2024-03", "VDAB", "Peeters", "Jan", "85.07.30-000.01", "0,50", "30", "1"]);
    expect(byName.get("Fatima")?.slice(5)).toEqual(["3,33", "200", "1"]);
    expect(rows).toHaveLength(5);
  });

  it("needs a valid month (422) and a staff role (403 for a worker-less token)", async () => {
    for (const url of ["/v1/reports/hours.csv", "/v1/reports/hours.csv?month=2024-13"]) {
      const res = await get(finance, url);
      expect(res.statusCode).toBe(422);
      expect(res.json().errors[0].path).toMatch(/month/);
    }
    const anon = await t.app.inject({ url: "/v1/reports/hours.csv?month=2024-03" });
    expect(anon.statusCode).toBe(401);
  });

  it("shows nothing of another tenant", async () => {
    const other = await createTenant(t);
    const res = await get(other.token, "/v1/reports/hours.csv?month=2024-03");
    expect(parseCsv(res.body)).toHaveLength(1);
  });
});
