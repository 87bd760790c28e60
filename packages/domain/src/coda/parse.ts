import { closeMovement, type Draft, type StatementDraft } from "./drafts.ts";
import { codaMillisToCents, col, date, digits, formatCodaStructuredReference, requiredDate, signedMillis } from "./fields.ts";
import { CodaParseError, type CodaMovement, type CodaStatement } from "./types.ts";

/**
 * Belgian CODA 2.x bank statements (Febelfin): 128-character fixed-width records.
 * Positions in comments are 1-based as in the Febelfin spec; `col(line, from, to)` takes them as written.
 */

/** Parses a CODA file that may hold several statements (each 0 … 9). */
export function parseCodaFile(text: string): CodaStatement[] {
  const lines = text.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const out: CodaStatement[] = [];
  let st: StatementDraft | undefined;

  lines.forEach((raw, idx) => {
    const n = idx + 1;
    const line = raw.replace(/^\uFEFF/, "");
    if (line.length !== 128) throw new CodaParseError(n, `expected 128 characters, got ${line.length}`);
    const type = line[0];
    const needStatement = (): StatementDraft & { statement: NonNullable<StatementDraft["statement"]> } => {
      if (!st?.statement) throw new CodaParseError(n, `record ${type} before the old balance record (1)`);
      return st as StatementDraft & { statement: NonNullable<StatementDraft["statement"]> };
    };
    switch (type) {
      case "0": {
        if (st) throw new CodaParseError(n, "header record (0) before the trailer (9) of the previous statement");
        if (col(line, 2, 5) !== "0000") throw new CodaParseError(n, "header record must start with 00000");
        st = { header: { createdOn: requiredDate(n, line, 6, "creation date"), bankId: col(line, 12, 14), duplicate: col(line, 17, 17) === "D" } };
        return;
      }
      case "1": {
        if (!st) throw new CodaParseError(n, "old balance record (1) before the header (0)");
        const structure = col(line, 2, 2);
        let account: string;
        let currency: string;
        if (structure === "0") {
          account = col(line, 6, 17);
          currency = col(line, 19, 21);
        } else if (structure === "1" || structure === "2" || structure === "3") {
          account = col(line, 6, 39).trim();
          currency = col(line, 40, 42);
        } else {
          throw new CodaParseError(n, `unknown account structure ${JSON.stringify(structure)}`);
        }
        const millis = signedMillis(n, line, 43, "old balance");
        st.statement = {
          account,
          accountStructure: structure,
          currency,
          statementNumber: digits(n, line, 3, 5, "statement number"),
          oldBalanceDate: requiredDate(n, line, 59, "old balance date"),
          oldBalanceMillis: millis,
          oldBalanceCents: codaMillisToCents(millis),
          accountHolderName: col(line, 65, 90).trim(),
          createdOn: st.header.createdOn,
          bankId: st.header.bankId,
          duplicate: st.header.duplicate,
          movements: [],
          freeMessages: [],
        };
        return;
      }
      case "2": {
        const s = needStatement();
        const part = col(line, 2, 2);
        const sequence = digits(n, line, 3, 6, "sequence number");
        const detail = digits(n, line, 7, 10, "detail number");
        if (part === "1") {
          closeMovement(s);
          if (detail === 0) s.parent = undefined;
          const millis = signedMillis(n, line, 32, "amount");
          const entryDate = requiredDate(n, line, 116, "entry date");
          const structured = col(line, 62, 62) === "1";
          const movement: CodaMovement = {
            amountCents: codaMillisToCents(millis),
            amountMillis: millis,
            valueDate: date(n, line, 48, "value date") ?? entryDate,
            entryDate,
            sequence,
            bankReference: col(line, 11, 31).trim(),
            transactionCode: col(line, 54, 61),
          };
          if (structured) {
            const kind = col(line, 63, 65);
            const ogm = col(line, 66, 77);
            if ((kind === "101" || kind === "102") && /^\d{12}$/.test(ogm)) {
              movement.structuredReference = formatCodaStructuredReference(ogm);
            }
          }
          const draft: Draft = { movement, communication: structured ? "" : col(line, 63, 115), structured, info: "" };
          s.current = draft;
          if (detail === 0) s.parent = draft;
          return;
        }
        if (!s.current || s.current.movement.sequence !== sequence) {
          throw new CodaParseError(n, `record 2.${part} without a preceding 2.1 for sequence ${sequence}`);
        }
        if (part === "2") {
          if (!s.current.structured) s.current.communication += col(line, 11, 63);
          const ref = col(line, 64, 98).trim();
          if (ref !== "") s.current.movement.clientReference = ref;
          const bic = col(line, 99, 109).trim();
          if (bic !== "") s.current.movement.counterpartyBic = bic;
          return;
        }
        if (part === "3") {
          const acct = col(line, 11, 44).trim();
          if (acct !== "") s.current.movement.counterpartyAccount = acct;
          const name = col(line, 48, 82).trim();
          if (name !== "") s.current.movement.counterpartyName = name;
          if (!s.current.structured) s.current.communication += col(line, 83, 125);
          return;
        }
        throw new CodaParseError(n, `unknown movement record 2.${part}`);
      }
      case "3": {
        const s = needStatement();
        const part = col(line, 2, 2);
        if (part !== "1" && part !== "2" && part !== "3") throw new CodaParseError(n, `unknown information record 3.${part}`);
        const sequence = digits(n, line, 3, 6, "sequence number");
        // Information belongs to the last movement with the same sequence number; ignore it otherwise.
        const target = s.current?.movement.sequence === sequence ? s.current : undefined;
        if (target) {
          const text = part === "1" ? col(line, 41, 113) : part === "2" ? col(line, 11, 115) : col(line, 11, 100);
          target.info += (target.info === "" ? "" : " ") + text.trim();
        }
        return;
      }
      case "4": {
        const s = needStatement();
        closeMovement(s);
        const msg = col(line, 33, 112).trim();
        if (msg !== "") s.statement.freeMessages.push(msg);
        return;
      }
      case "8": {
        const s = needStatement();
        closeMovement(s);
        const millis = signedMillis(n, line, 42, "new balance");
        s.statement.newBalanceMillis = millis;
        s.statement.newBalanceCents = codaMillisToCents(millis);
        s.statement.date = requiredDate(n, line, 58, "new balance date");
        return;
      }
      case "9": {
        const s = needStatement();
        closeMovement(s);
        const stmt = s.statement;
        if (stmt.newBalanceMillis === undefined) throw new CodaParseError(n, "trailer (9) without a new balance record (8)");
        stmt.trailer = {
          recordCount: digits(n, line, 17, 22, "record count"),
          debitMillis: digits(n, line, 23, 37, "debit total"),
          creditMillis: digits(n, line, 38, 52, "credit total"),
        };
        out.push(stmt as CodaStatement);
        st = undefined;
        return;
      }
      default:
        throw new CodaParseError(n, `unknown record type ${JSON.stringify(type)}`);
    }
  });
  if (st) throw new CodaParseError(lines.length, "file ends without a trailer record (9)");
  if (out.length === 0) throw new CodaParseError(1, "no statement in file");
  return out;
}

/** Parses a CODA file holding exactly one statement. */
export function parseCoda(text: string): CodaStatement {
  const all = parseCodaFile(text);
  const [first] = all;
  if (all.length !== 1 || !first) throw new CodaParseError(1, `expected one statement, found ${all.length}; use parseCodaFile`);
  return first;
}
