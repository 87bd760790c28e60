import { parseCodaFile } from "../coda/parse.ts";
import { CodaParseError, type CodaStatement } from "../coda/types.ts";
import { statementAccountIban } from "./account.ts";
import { parseCamt053 } from "./camt053.ts";
import { StatementFileError, type BankStatement } from "./types.ts";

/** CODA statements in the import's model; the bank reference of a movement stays what the CODA import always used. */
export function codaToBankStatements(statements: readonly CodaStatement[]): BankStatement[] {
  return statements.map((st) => {
    const account = st.account.replace(/\s/g, "").toUpperCase();
    return {
      format: "coda",
      account,
      iban: statementAccountIban(account),
      statementId: String(st.statementNumber),
      entries: st.movements.map((m) => ({
        amountCents: m.amountCents,
        currency: st.currency,
        bookingDate: m.entryDate,
        valueDate: m.valueDate,
        ...(m.structuredReference ? { structuredReference: m.structuredReference } : {}),
        ...(m.freeCommunication ? { communication: m.freeCommunication } : {}),
        ...(m.counterpartyName ? { counterpartyName: m.counterpartyName } : {}),
        ...(m.counterpartyAccount ? { counterpartyAccount: m.counterpartyAccount } : {}),
        bankReference: `${st.account}/${st.date}/${st.statementNumber}/${m.sequence}`,
      })),
    };
  });
}

function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13) control++;
  }
  return control > n / 100;
}

/**
 * Reads a bank statement file as uploaded, whatever its name: camt.053 when it is XML, CODA when its first
 * record is a CODA header (0000…), else refused. Throws StatementFileError with the kind that names the problem.
 */
export function parseBankStatementFile(bytes: Uint8Array): { format: "coda" | "camt053"; statements: BankStatement[] } {
  if (bytes.every((b) => b === 32 || b === 9 || b === 10 || b === 13)) {
    throw new StatementFileError("empty", "Het bestand is leeg.");
  }
  if (isBinary(bytes)) {
    throw new StatementFileError(
      "unrecognised",
      "Dit is geen tekstbestand (misschien een PDF, een afbeelding of een zip). Kies het CODA-bestand (.cod) of het camt.053-bestand (.xml) van de bank.",
    );
  }
  const utf8 = Buffer.from(bytes)
    .toString("utf8")
    .replace(/^\uFEFF/, "");
  const head = utf8.trimStart();
  if (head.startsWith("<")) {
    const latin1 = /^<\?xml[^>]*encoding\s*=\s*["'](iso-8859-1|latin1|windows-1252)["']/i.test(head);
    return { format: "camt053", statements: parseCamt053(latin1 ? Buffer.from(bytes).toString("latin1") : head) };
  }
  const text = Buffer.from(bytes)
    .toString("latin1")
    .replace(/^\uFEFF/, "")
    .replace(/^\u00EF\u00BB\u00BF/, "");
  if (!/^0000/.test(text)) {
    throw new StatementFileError(
      "unrecognised",
      "Dit bestand is geen CODA-bestand en geen camt.053-bestand. Kies het rekeninguittreksel zoals de bank het geeft (.cod of .xml).",
    );
  }
  try {
    return { format: "coda", statements: codaToBankStatements(parseCodaFile(text)) };
  } catch (err) {
    if (err instanceof CodaParseError) throw new StatementFileError("coda", `Regel ${err.lineNumber}: ${err.message}`, err.lineNumber);
    throw err;
  }
}
