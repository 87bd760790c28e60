import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import {
  SepaError,
  sepaDocument,
  sepaDocumentString,
  sepaFooter,
  sepaHeader,
  sepaTransaction,
  toSepaText,
  validateSepaBusinessRules,
} from "../src/sepa/index.ts";
import type { SepaHeaderInput, SepaTransactionInput } from "../src/sepa/index.ts";
import { ibanChecksumOk } from "../src/sepa/iban.ts";
import { centsToDecimal, decimalToCents } from "../src/sepa/text.ts";
import XSD from "../../../../shared/standards/pain.001.001.09.xsd?raw";

async function xsdErrors(xml: string): Promise<string[]> {
  const res = await validateXML({ xml: [{ fileName: "doc.xml", contents: xml }], schema: [XSD], maxMemoryPages: 4096 });
  return res.errors.map((e) => e.message);
}

/** Belgian IBAN from a 12-digit BBAN (check digits per ISO 13616). */
function beIban(bban: string): string {
  const n = BigInt(bban + "111400"); // "BE00" → B=11 E=14 00
  const check = 98n - (n % 97n);
  return `BE${check.toString().padStart(2, "0")}${bban}`;
}
function bban(i: number): string {
  const base = 539_0075_000n + BigInt(i); // bank code 539, account part varies
  const ten = base.toString().padStart(10, "0");
  const check = Number(BigInt(ten) % 97n) || 97;
  return ten + String(check).padStart(2, "0");
}

const header: SepaHeaderInput = {
  messageId: "PAYOUT-2026-10-0001",
  createdAt: "2026-11-02T09:30:00+01:00",
  debtor: { name: "Wijk-werken Gent EVA", iban: "BE68539007547034", bic: "GKCCBEBB" },
  requestedExecutionDate: "2026-11-05",
  batchBooking: true,
};

function tx(i: number, overrides: Partial<SepaTransactionInput> = {}): SepaTransactionInput {
  return {
    endToEndId: `PO-2026-10-${String(i).padStart(6, "0")}`,
    amountCents: 410 * ((i % 60) + 1) + (i % 7),
    creditor: { name: `Wijk-werker ${i}`, iban: beIban(bban(i)) },
    remittance: `Wijk-werken oktober 2026 - prestaties ${i}`,
    ...overrides,
  };
}

describe("helpers", () => {
  it("validates against the shared pain.001.001.09 XSD (wherever the checkout lives)", () => {
    expect(XSD).toContain('targetNamespace="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"');
    expect(XSD).toContain("CustomerCreditTransferInitiationV09");
  });
  it("formats cents without floats", () => {
    expect(centsToDecimal(123450)).toBe("1234.50");
    expect(centsToDecimal(5)).toBe("0.05");
    expect(centsToDecimal(410)).toBe("4.10");
    expect(decimalToCents("1234.5")).toBe(123450);
    expect(decimalToCents("0.07")).toBe(7);
    expect(decimalToCents("1.234")).toBeNull();
  });
  it("checks IBANs with mod-97", () => {
    expect(ibanChecksumOk("BE68 5390 0754 7034")).toBe(true);
    expect(ibanChecksumOk("BE68539007547035")).toBe(false);
    expect(ibanChecksumOk("NL91ABNA0417164300")).toBe(true);
    expect(ibanChecksumOk(beIban(bban(42)))).toBe(true);
  });
  it.each([
    ["Dupré & Zonen", "Dupre + Zonen"],
    ["Noël Çelik", "Noel Celik"],
    ["<script>Ölçer</script>", "script Olcer /script"],
    ["Straße Æsir", "Strasse AEsir"],
    ["O’Neill — test_1", "O'Neill - test-1"],
  ])("transliterates %s", (input, expected) => {
    expect(toSepaText(input)).toBe(expected);
  });
});

describe("pain.001.001.09 generation", () => {
  it("one transaction: XSD-valid and business-valid", async () => {
    const xml = await sepaDocumentString(header, [tx(1)], { count: 1, controlSumCents: tx(1).amountCents });
    expect(await xsdErrors(xml)).toEqual([]);
    expect(validateSepaBusinessRules(xml)).toEqual([]);
    expect(xml).toContain("<NbOfTxs>1</NbOfTxs><CtrlSum>8.21</CtrlSum>");
    expect(xml).toContain(`<InstdAmt Ccy="EUR">8.21</InstdAmt>`);
    expect(xml).toContain("<BICFI>GKCCBEBB</BICFI>");
    expect(xml).not.toContain("<CdtrAgt>"); // creditor BIC unknown → CdtrAgt omitted
  });

  it("unknown debtor BIC uses Othr/Id NOTPROVIDED and stays XSD-valid", async () => {
    const h = { ...header, debtor: { name: "Wijk-werken Gent", iban: "BE68539007547034" } };
    const t = tx(2, { creditor: { name: "X", iban: beIban(bban(2)), bic: "kredbebb" } });
    const xml = await sepaDocumentString(h, [t], { count: 1, controlSumCents: t.amountCents });
    expect(xml).toContain("<DbtrAgt><FinInstnId><Othr><Id>NOTPROVIDED</Id></Othr></FinInstnId></DbtrAgt>");
    expect(xml).toContain("<CdtrAgt><FinInstnId><BICFI>KREDBEBB</BICFI></FinInstnId></CdtrAgt>");
    expect(await xsdErrors(xml)).toEqual([]);
  });

  it("names with accents, & and <> are transliterated, escaped and truncated", async () => {
    const long = "Ééééé ".repeat(30);
    const txs = [
      tx(1, { creditor: { name: "Zoë Dupré & <Fils>", iban: beIban(bban(1)) }, remittance: 'Prestaties <okt> & "nov" — café' }),
      tx(2, { creditor: { name: long, iban: beIban(bban(2)) }, remittance: "x".repeat(200) }),
      tx(3, { creditor: { name: "O'Brien", iban: beIban(bban(3)) } }),
    ];
    const sum = txs.reduce((s, t) => s + t.amountCents, 0);
    const xml = await sepaDocumentString({ ...header, debtor: { ...header.debtor, name: "Wijk-werk & Co <Gent>" } }, txs, { count: 3, controlSumCents: sum });
    expect(await xsdErrors(xml)).toEqual([]);
    expect(validateSepaBusinessRules(xml)).toEqual([]);
    expect(xml).toContain("<Nm>Zoe Dupre + Fils</Nm>");
    expect(xml).toContain("<Ustrd>Prestaties okt + &apos;nov&apos; - cafe</Ustrd>");
    expect(xml).toContain("<Nm>O&apos;Brien</Nm>");
    expect(xml).toContain("<Nm>Wijk-werk + Co Gent</Nm>");
    const names = Array.from(xml.matchAll(/<Nm>([^<]*)<\/Nm>/g), (m) => m[1] ?? "");
    expect(Math.max(...names.map((n) => n.length))).toBeLessThanOrEqual(70);
    expect(xml).toContain(`<Ustrd>${"x".repeat(140)}</Ustrd>`);
    expect(xml).not.toMatch(/[éëç]/);
  });

  it("many transactions from an async iterable: XSD-valid, business-valid", async () => {
    const n = 500;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += tx(i).amountCents;
    async function* source() {
      for (let i = 0; i < n; i++) yield tx(i);
    }
    const xml = await sepaDocumentString(header, source(), { count: n, controlSumCents: sum });
    expect(await xsdErrors(xml)).toEqual([]);
    expect(validateSepaBusinessRules(xml)).toEqual([]);
    expect(xml.match(/<CdtTrfTxInf>/g)).toHaveLength(n);
  });

  it("streams 20,000 transactions chunk by chunk without building the document", async () => {
    const n = 20_000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += tx(i).amountCents;
    function* source() {
      for (let i = 0; i < n; i++) yield tx(i);
    }
    let chunks = 0;
    let bytes = 0;
    let maxChunk = 0;
    for await (const chunk of sepaDocument(header, source(), { count: n, controlSumCents: sum })) {
      chunks++;
      bytes += chunk.length;
      maxChunk = Math.max(maxChunk, chunk.length);
    }
    expect(chunks).toBe(n + 2);
    expect(maxChunk).toBeLessThan(2000);
    expect(bytes).toBeGreaterThan(n * 300);
  });

  it("throws when the streamed totals differ from the announced ones, before closing the document", async () => {
    const chunks: string[] = [];
    const run = async () => {
      for await (const c of sepaDocument(header, [tx(1), tx(2)], { count: 2, controlSumCents: 1 })) chunks.push(c);
    };
    await expect(run()).rejects.toThrow(SepaError);
    expect(chunks.join("")).not.toContain("</Document>");
    await expect(sepaDocumentString(header, [tx(1)], { count: 2, controlSumCents: tx(1).amountCents })).rejects.toThrow(/announced 2/);
    // too many: fails as soon as the extra transaction arrives, not after streaming everything
    let pulled = 0;
    function* endless() {
      for (let i = 0; ; i++) {
        pulled++;
        yield tx(i);
      }
    }
    await expect(sepaDocumentString(header, endless(), { count: 3, controlSumCents: 1000 })).rejects.toThrow(/more transactions/);
    expect(pulled).toBe(4);
  });

  it("rejects bad input early", () => {
    expect(() => sepaTransaction(tx(1, { amountCents: 0 }))).toThrow(SepaError);
    expect(() => sepaTransaction(tx(1, { amountCents: 12.5 }))).toThrow(SepaError);
    expect(() => sepaTransaction(tx(1, { endToEndId: "X".repeat(36) }))).toThrow(/endToEndId/);
    expect(() => sepaTransaction(tx(1, { creditor: { name: "A", iban: "BE68539007547035" } }))).toThrow(/IBAN/);
    expect(() => sepaTransaction(tx(1, { creditor: { name: "A", iban: "BE68539007547034", bic: "GKCC" } }))).toThrow(/BIC/);
    expect(sepaTransaction(tx(1, { creditor: { name: "A", iban: "BE68539007547034", bic: "NOTPROVIDED" } }))).not.toContain("CdtrAgt");
    expect(() => sepaTransaction(tx(1, { creditor: { name: "%%%", iban: "BE68539007547034" } }))).toThrow(/name/);
    expect(() => sepaHeader(header, { count: 0, controlSumCents: 0 })).toThrow(SepaError);
  });
});

describe("validators reject broken documents (so these tests can fail)", () => {
  async function good(): Promise<string> {
    const txs = [tx(1), tx(2), tx(3)];
    return sepaDocumentString(header, txs, { count: 3, controlSumCents: txs.reduce((s, t) => s + t.amountCents, 0) });
  }

  it("XSD rejects a bad amount and a missing NbOfTxs", async () => {
    const xml = await good();
    const badAmount = xml.replace(/<InstdAmt Ccy="EUR">[^<]*</, '<InstdAmt Ccy="EUR">12,50<');
    expect((await xsdErrors(badAmount)).join("\n")).toMatch(/InstdAmt/);
    const noNb = xml.replace(/<NbOfTxs>\d+<\/NbOfTxs>/, "");
    expect((await xsdErrors(noNb)).join("\n")).toMatch(/NbOfTxs|CtrlSum|InitgPty/);
    const longE2e = xml.replace(/<EndToEndId>[^<]*</, `<EndToEndId>${"A".repeat(36)}<`);
    expect(await xsdErrors(longE2e)).not.toEqual([]);
  });

  it("business rules catch what the XSD cannot", async () => {
    const xml = await good();
    const wrongSum = xml.replace(/(<GrpHdr>.*?<CtrlSum>)[^<]*/, "$1999.99");
    expect(await xsdErrors(wrongSum)).toEqual([]); // schema-valid …
    expect(validateSepaBusinessRules(wrongSum).map((v) => v.code)).toEqual(["ctrl_sum_mismatch"]); // … but wrong

    const wrongCount = xml.replace(/(<PmtInf>.*?<NbOfTxs>)\d+/, "$17");
    expect(validateSepaBusinessRules(wrongCount).map((v) => v.code)).toEqual(["count_mismatch"]);

    const badIban = xml.replace(beIban(bban(2)), "BE00" + bban(2));
    expect(await xsdErrors(badIban)).toEqual([]);
    expect(validateSepaBusinessRules(badIban).map((v) => v.code)).toEqual(["bad_iban"]);

    const dup = xml.replace(tx(2).endToEndId, tx(1).endToEndId);
    expect(validateSepaBusinessRules(dup).map((v) => v.code)).toEqual(["duplicate_end_to_end_id"]);

    const zero = xml.replace(/<InstdAmt Ccy="EUR">8.21</, '<InstdAmt Ccy="EUR">0.00<');
    expect(await xsdErrors(zero)).toEqual([]);
    expect(validateSepaBusinessRules(zero).map((v) => v.code)).toContain("bad_amount");
  });

  it("hand-built document from the string builders is equivalent", async () => {
    const t = tx(9);
    const manual = sepaHeader(header, { count: 1, controlSumCents: t.amountCents }) + sepaTransaction(t) + sepaFooter();
    expect(manual).toBe(await sepaDocumentString(header, [t], { count: 1, controlSumCents: t.amountCents }));
  });
});
