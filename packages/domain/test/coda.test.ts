import { describe, expect, it } from "vitest";
import { buildCodaStatement, CodaParseError, parseCoda, parseCodaFile } from "../src/coda/index.ts";
import type { CodaBuildMovement } from "../src/coda/index.ts";
import SAMPLE1 from "../../../../shared/standards/coda/php-coda-parser_sample1.cod?raw";
import SAMPLE6 from "../../../../shared/standards/coda/php-coda-parser_sample6.cod?raw";

// Synthetic CODA 2 files from github.com/wimverstuyf/php-coda-parser (LGPL-3.0), see /work/shared/standards/SOURCES.txt.

describe("CODA sample 1 (four structured credits)", () => {
  const st = parseCoda(SAMPLE1);

  it("reads header, balances and trailer", () => {
    expect(st.account).toBe("138536152215");
    expect(st.accountStructure).toBe("0");
    expect(st.currency).toBe("EUR");
    expect(st.statementNumber).toBe(139);
    expect(st.duplicate).toBe(false);
    expect(st.createdOn).toBe("2017-10-11");
    expect(st.oldBalanceDate).toBe("2017-10-10");
    expect(st.date).toBe("2017-10-11");
    expect(st.oldBalanceCents).toBe(1_775_212); // 000000017752120 = 17 752,120 EUR
    expect(st.newBalanceCents).toBe(1_783_212);
    expect(st.trailer).toEqual({ recordCount: 22, debitMillis: 0, creditMillis: 80_000 });
  });

  it("reads the four movements with their structured references (not mod-97 valid, still extracted)", () => {
    expect(st.movements.map((m) => m.amountCents)).toEqual([500, 2500, 2000, 3000]);
    expect(st.movements.map((m) => m.structuredReference)).toEqual([
      "+++000/0035/05158+++",
      "+++000/0035/15846+++",
      "+++000/0031/54982+++",
      "+++000/0021/33131+++",
    ]);
    expect(st.movements[0]).toMatchObject({
      valueDate: "2017-10-11",
      bankReference: "JRFC00120DSCCOCACAERT",
      transactionCode: "00150000",
      counterpartyName: "KLANT1 MET NAAM1",
      counterpartyAccount: "BE22313215646432",
      counterpartyBic: "KREDBEBB",
    });
    expect(st.movements[3]?.counterpartyName).toBe("KLANT4 - NAAM4 MET");
    expect(st.movements.every((m) => m.freeCommunication === undefined)).toBe(true);
    // balances add up
    expect(st.oldBalanceCents + st.movements.reduce((s, m) => s + m.amountCents, 0)).toBe(st.newBalanceCents);
  });
});

describe("CODA sample 6 (debit, free communication, 3-decimal amounts, free message)", () => {
  const st = parseCoda(SAMPLE6);

  it("reads header and balances, including a negative new balance", () => {
    expect(st.account).toBe("001548226815");
    expect(st.statementNumber).toBe(155);
    expect(st.createdOn).toBe("2015-01-18");
    expect(st.oldBalanceDate).toBe("2014-12-24");
    expect(st.oldBalanceMillis).toBe(4_004_100);
    expect(st.oldBalanceCents).toBe(400_410);
    expect(st.newBalanceMillis).toBe(-500_012_100);
    expect(st.newBalanceCents).toBe(-50_001_210);
    expect(st.date).toBe("2015-05-12");
    expect(st.freeMessages).toEqual(["THIS IS A PUBLIC MESSAGE"]);
    expect(st.trailer).toEqual({ recordCount: 15, debitMillis: 16_837_520, creditMillis: 3_967_220 });
  });

  it("reads the three movements", () => {
    const [a, b, c] = st.movements;
    expect(st.movements).toHaveLength(3);
    expect(a).toMatchObject({
      amountMillis: -767_823,
      amountCents: -76_782,
      valueDate: "2014-12-25",
      sequence: 1,
      counterpartyName: "BVBA.BAKKER PIET",
      counterpartyAccount: "BE54805480215856",
      clientReference: "54875",
    });
    expect(a?.structuredReference).toBeUndefined();
    expect(a?.freeCommunication).toMatch(/^112\/4554\/46812 {3}813 .*ANOTHER MESSAGE .*MESSAGE$/);
    expect(a?.information).toContain("SOME INFORMATION ABOUT THIS TRANSACTION");
    expect(b).toMatchObject({ amountCents: 276_782, structuredReference: "+++112/4554/46812+++" });
    expect(b?.freeCommunication).toBeUndefined();
    expect(c).toMatchObject({ amountCents: 176_782, sequence: 9 });
    expect(c?.counterpartyName).toBeUndefined();
  });
});

describe("malformed files", () => {
  const lines = SAMPLE1.split("\n");
  it("rejects a line of the wrong length with its line number", () => {
    const bad = [...lines];
    bad[4] = (bad[4] ?? "").slice(0, 100);
    expect(() => parseCoda(bad.join("\n"))).toThrow(CodaParseError);
    try {
      parseCoda(bad.join("\n"));
    } catch (e) {
      expect((e as CodaParseError).lineNumber).toBe(5);
      expect((e as Error).message).toMatch(/line 5: expected 128 characters, got 100/);
    }
  });
  it("rejects an unknown record type", () => {
    const bad = [...lines];
    bad[2] = "7" + (bad[2] ?? "").slice(1);
    expect(() => parseCoda(bad.join("\n"))).toThrow(/line 3: unknown record type "7"/);
  });
  it("rejects an unknown movement part, a non-numeric amount, a missing trailer and records out of order", () => {
    const part = [...lines];
    part[3] = "25" + (part[3] ?? "").slice(2);
    expect(() => parseCoda(part.join("\n"))).toThrow(/line 4: unknown movement record 2.5/);
    const amt = [...lines];
    amt[2] = (amt[2] ?? "").slice(0, 40) + "X" + (amt[2] ?? "").slice(41);
    expect(() => parseCoda(amt.join("\n"))).toThrow(/line 3: amount/);
    expect(() => parseCoda(lines.slice(0, -2).join("\n"))).toThrow(/without a trailer/);
    expect(() => parseCoda(lines.slice(2).join("\n"))).toThrow(/line 1: record 2 before the old balance/);
  });
  it("accepts CRLF line endings", () => {
    expect(parseCoda(SAMPLE1.replace(/\n/g, "\r\n")).movements).toHaveLength(4);
  });
  it("parses several statements in one file", () => {
    expect(parseCodaFile(SAMPLE1.trimEnd() + "\n" + SAMPLE6).map((s) => s.statementNumber)).toEqual([139, 155]);
    expect(() => parseCoda(SAMPLE1.trimEnd() + "\n" + SAMPLE6)).toThrow(/parseCodaFile/);
  });
});

describe("buildCodaStatement round trip", () => {
  const movements: CodaBuildMovement[] = [
    {
      amountCents: 2235,
      valueDate: "2026-03-02",
      structuredReference: "+++090/9337/55493+++",
      counterpartyName: "Mevrouw Peeters",
      counterpartyAccount: "BE68539007547034",
      counterpartyBic: "GKCCBEBB",
      bankReference: "B6C02ABCDEF",
    },
    { amountCents: 745, valueDate: "2026-03-02", entryDate: "2026-03-03", structuredReference: "123456789002", counterpartyName: "Vzw De Buurt" },
    {
      amountCents: -410_00,
      valueDate: "2026-03-03",
      freeCommunication: "Terugbetaling wijk-werkcheques klant 42, zie mail van 1 maart 2026 - " + "x".repeat(60),
      counterpartyName: "Jan Janssens",
      counterpartyAccount: "NL91ABNA0417164300",
    },
    { amountCents: 1, valueDate: "2026-03-04" },
  ];
  const text = buildCodaStatement({
    account: "BE68 5390 0754 7034",
    accountHolderName: "WIJK-WERKEN GENT",
    statementNumber: 17,
    date: "2026-03-04",
    oldBalanceDate: "2026-03-01",
    createdOn: "2026-03-05",
    oldBalanceCents: 1_000_000,
    movements,
    freeMessages: ["Dit is een testbericht"],
  });

  it("writes 128-character lines only", () => {
    const lines = text.trimEnd().split("\n");
    expect(lines.every((l) => l.length === 128)).toBe(true);
    expect(lines.map((l) => l.slice(0, 2))).toEqual(["00", "12", "21", "22", "23", "21", "22", "23", "21", "22", "23", "21", "22", "23", "80", "4 ", "9 "]);
  });

  it("parses back to the same movements", () => {
    const st = parseCoda(text);
    expect(st.account).toBe("BE68539007547034");
    expect(st.accountStructure).toBe("2");
    expect(st.statementNumber).toBe(17);
    expect(st.date).toBe("2026-03-04");
    expect(st.oldBalanceDate).toBe("2026-03-01");
    expect(st.createdOn).toBe("2026-03-05");
    expect(st.oldBalanceCents).toBe(1_000_000);
    expect(st.newBalanceCents).toBe(1_000_000 + 2235 + 745 - 41_000 + 1);
    expect(st.freeMessages).toEqual(["Dit is een testbericht"]);
    expect(st.trailer).toEqual({ recordCount: 15, debitMillis: 410_000, creditMillis: 29_810 });
    const got = st.movements.map((m) => ({
      amountCents: m.amountCents,
      valueDate: m.valueDate,
      structuredReference: m.structuredReference,
      freeCommunication: m.freeCommunication,
      counterpartyName: m.counterpartyName,
      counterpartyAccount: m.counterpartyAccount,
    }));
    expect(got).toEqual(
      movements.map((m) => ({
        amountCents: m.amountCents,
        valueDate: m.valueDate,
        structuredReference:
          m.structuredReference === undefined ? undefined : `+++${m.structuredReference.replace(/\D/g, "").replace(/^(\d{3})(\d{4})(\d{5})$/, "$1/$2/$3")}+++`,
        freeCommunication: m.freeCommunication,
        counterpartyName: m.counterpartyName,
        counterpartyAccount: m.counterpartyAccount,
      })),
    );
    expect(st.movements[0]?.bankReference).toBe("B6C02ABCDEF");
    expect(st.movements[0]?.counterpartyBic).toBe("GKCCBEBB");
    expect(st.movements[1]?.entryDate).toBe("2026-03-03");
  });

  it("refuses a reference that is not 12 digits", () => {
    expect(() =>
      buildCodaStatement({
        account: "BE68539007547034",
        statementNumber: 1,
        date: "2026-01-01",
        oldBalanceCents: 0,
        movements: [{ amountCents: 1, valueDate: "2026-01-01", structuredReference: "+++123/456+++" }],
      }),
    ).toThrow(/12 digits/);
  });
});
