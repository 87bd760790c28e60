import { describe, expect, it } from "vitest";
import {
  belgianAccountToIban,
  buildCamt053,
  buildCodaStatement,
  camtAmountToCents,
  isOrganisationAccount,
  parseBankStatementFile,
  parseCamt053,
  StatementFileError,
} from "../src/index.ts";
import { validateIban } from "../src/index.ts";
import SAMPLE from "./fixtures/camt053-belfius.xml?raw";
import CODA1 from "../../../../shared/standards/coda/php-coda-parser_sample1.cod?raw";

const bytes = (s: string, enc: BufferEncoding = "utf8") => new Uint8Array(Buffer.from(s, enc));
function refused(input: Uint8Array): StatementFileError {
  try {
    parseBankStatementFile(input);
  } catch (err) {
    if (err instanceof StatementFileError) return err;
    throw err;
  }
  throw new Error("accepted");
}

describe("camt.053.001.02 (ISO 20022 BankToCustomerStatement)", () => {
  const [st, ...rest] = parseCamt053(SAMPLE);

  it("reads the statement's account (Stmt/Acct/Id/IBAN) and identification", () => {
    expect(rest).toHaveLength(0);
    expect(st).toMatchObject({ format: "camt053", account: "BE68539007547034", iban: "BE68539007547034", statementId: "2026-00231" });
  });

  it("maps booked entries: credit/debit sign, booking and value date, OGM from Strd/CdtrRefInf/Ref, debtor name and IBAN, AcctSvcrRef as key", () => {
    expect(st!.entries).toEqual([
      {
        amountCents: 2460,
        currency: "EUR",
        bookingDate: "2026-11-20",
        valueDate: "2026-11-19",
        structuredReference: "+++090/0000/12391+++",
        counterpartyName: "Peeters An",
        counterpartyAccount: "BE71096123456769",
        bankReference: "camt053/BE68539007547034/2026112000231000001",
      },
      {
        amountCents: 820,
        currency: "EUR",
        bookingDate: "2026-11-20",
        valueDate: "2026-11-20",
        structuredReference: "+++090/0000/12391+++",
        communication: "cheques november +++090/0000/12391+++ dank u",
        counterpartyName: "Janssens & Zoon",
        bankReference: "camt053/BE68539007547034/2026112000231000002",
      },
      {
        amountCents: -1640,
        currency: "EUR",
        bookingDate: "2026-11-20",
        valueDate: "2026-11-20",
        communication: "koffiekoeken",
        counterpartyName: "Bakkerij Declercq",
        counterpartyAccount: "BE62510007547061",
        bankReference: "camt053/BE68539007547034/2026112000231000003",
      },
    ]);
  });

  it("rule: a pending (PDNG) entry is not money on the account and is not booked", () => {
    expect(st!.entries.some((e) => e.amountCents === 9900)).toBe(false);
  });

  it("amounts are read exactly as decimal text", () => {
    expect(camtAmountToCents("0.1", "x")).toBe(10);
    expect(camtAmountToCents("1234.56", "x")).toBe(123456);
    expect(camtAmountToCents("12.345", "x")).toBe(1235);
    expect(() => camtAmountToCents("1,50", "x")).toThrow(StatementFileError);
  });

  it("the builder writes what the parser reads back, several statements in one document", () => {
    const xml = buildCamt053([
      {
        iban: "BE68539007547034",
        statementId: "A1",
        movements: [{ amountCents: 4100, bookingDate: "2026-11-02", structuredReference: "+++090/0000/12391+++", accountServicerReference: "R1" }],
      },
      {
        iban: "BE68539007547034",
        statementId: "A2",
        movements: [{ amountCents: 820, bookingDate: "2026-11-03", communication: "a < b & c", counterpartyName: "Z", accountServicerReference: "R2" }],
      },
    ]);
    const parsed = parseCamt053(xml);
    expect(parsed.map((s) => s.statementId)).toEqual(["A1", "A2"]);
    expect(parsed[0]!.entries[0]).toMatchObject({ amountCents: 4100, structuredReference: "+++090/0000/12391+++" });
    expect(parsed[1]!.entries[0]).toMatchObject({ communication: "a < b & c", counterpartyName: "Z" });
  });
});

describe("a statement file is recognised by its content, not its name", () => {
  it("XML is camt.053; a CODA header (0000…) is CODA, several statements in one file", () => {
    expect(parseBankStatementFile(bytes(SAMPLE)).format).toBe("camt053");
    const two =
      buildCodaStatement({
        account: "BE68539007547034",
        statementNumber: 1,
        date: "2026-11-20",
        oldBalanceCents: 0,
        movements: [{ amountCents: 100, valueDate: "2026-11-20", freeCommunication: "a" }],
      }) +
      buildCodaStatement({
        account: "BE68539007547034",
        statementNumber: 2,
        date: "2026-11-21",
        oldBalanceCents: 100,
        movements: [{ amountCents: 200, valueDate: "2026-11-21", freeCommunication: "b" }],
      });
    const coda = parseBankStatementFile(bytes(two, "latin1"));
    expect(coda.format).toBe("coda");
    expect(coda.statements.map((s) => [s.iban, s.entries[0]!.amountCents])).toEqual([
      ["BE68539007547034", 100],
      ["BE68539007547034", 200],
    ]);
  });

  it("an old CODA account (12 Belgian digits, structure 0) becomes its IBAN", () => {
    const [st] = parseBankStatementFile(bytes(CODA1, "latin1")).statements;
    expect(st!.account).toBe("138536152215");
    expect(st!.iban).toBe(belgianAccountToIban("138536152215"));
    // ISO 13616 check digits (the sample's own Belgian check digits are synthetic, so only the IBAN check is asserted).
    const iban = st!.iban!;
    expect(iban).toMatch(/^BE\d{2}138536152215$/);
    expect(BigInt(`${iban.slice(4)}1114${iban.slice(2, 4)}`) % 97n).toBe(1n);
    expect(validateIban(belgianAccountToIban("539007547034")!)).toMatchObject({ ok: true, value: "BE68539007547034" });
  });

  it("rule: the statement is the organisation's only when its IBAN is the organisation's", () => {
    expect(isOrganisationAccount("BE68539007547034", "be68 5390 0754 7034")).toBe(true);
    expect(isOrganisationAccount("BE71096123456769", "BE68539007547034")).toBe(false);
    expect(isOrganisationAccount(null, "BE68539007547034")).toBe(false);
  });

  it("garbage is refused with the kind that names it: empty, binary, neither format, broken CODA, truncated or foreign XML", () => {
    expect(refused(bytes("")).kind).toBe("empty");
    expect(refused(bytes(" \n\r\n")).kind).toBe("empty");
    expect(refused(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff])).kind).toBe("unrecognised");
    expect(refused(bytes("Datum;Bedrag;Mededeling\n2026-11-20;24,60;+++090/0000/12391+++\n")).kind).toBe("unrecognised");
    const broken = refused(bytes(`0000${"x".repeat(10)}\n`));
    expect([broken.kind, broken.line]).toEqual(["coda", 1]);
    const truncated = refused(bytes(SAMPLE.slice(0, SAMPLE.length / 2)));
    expect(truncated.kind).toBe("camt053");
    expect(truncated.message).toMatch(/niet volledig/);
    expect(
      refused(bytes(`<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn/></Document>`)).message,
    ).toMatch(/geen rekeninguittreksel in camt\.053/);
    expect(refused(bytes(SAMPLE.replace("<CdtDbtInd>CRDT</CdtDbtInd>\n        <Sts>BOOK", "<CdtDbtInd>X</CdtDbtInd>\n        <Sts>BOOK"))).message).toMatch(
      /CdtDbtInd/,
    );
  });
});
