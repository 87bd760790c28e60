import { XMLParser, XMLValidator } from "fast-xml-parser";
import { formatCodaStructuredReference } from "../coda/fields.ts";
import { statementAccountIban } from "./account.ts";
import { StatementFileError, type BankEntry, type BankStatement } from "./types.ts";

/**
 * ISO 20022 camt.053 (BankToCustomerStatement), the XML statement Belgian banks offer next to CODA.
 * Versions 001.02 up to 001.13 share the parts read here: Stmt/Acct/Id/IBAN, Ntry (Amt@Ccy, CdtDbtInd, RvslInd,
 * Sts, BookgDt, ValDt, AcctSvcrRef) and NtryDtls/TxDtls (Refs, AmtDtls or Amt, RltdPties, RmtInf/Strd, RmtInf/Ustrd).
 */

const NAMESPACE = /urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.\d{2}/;
const LISTS = new Set(["Stmt", "Ntry", "NtryDtls", "TxDtls", "Ustrd", "Strd"]);
const OGM = /\+\+\+\s*(\d{3})\s*\/\s*(\d{4})\s*\/\s*(\d{5})\s*\+\+\+|\*\*\*\s*(\d{3})\s*\/\s*(\d{4})\s*\/\s*(\d{5})\s*\*\*\*/;

type Node = Record<string, unknown>;
const obj = (v: unknown): Node | undefined => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Node) : undefined);
const list = (v: unknown): Node[] => (Array.isArray(v) ? v.map(obj).filter((x): x is Node => x !== undefined) : obj(v) ? [obj(v)!] : []);
function text(v: unknown): string | undefined {
  if (typeof v === "string") return v.trim() === "" ? undefined : v.trim();
  const o = obj(v);
  return o ? text(o["#text"]) : undefined;
}
function at(node: unknown, ...path: string[]): unknown {
  let cur: unknown = node;
  for (const p of path) {
    const o = Array.isArray(cur) ? obj(cur[0]) : obj(cur);
    if (!o) return undefined;
    cur = o[p];
  }
  return cur;
}

/** "12.5" or "1234.56" → cents, exactly; anything else is refused. */
export function camtAmountToCents(s: string | undefined, where: string): number {
  const m = s === undefined ? null : /^(\d{1,15})(?:\.(\d{1,5}))?$/.exec(s);
  if (!m) throw new StatementFileError("camt053", `${where}: bedrag ${JSON.stringify(s ?? "")} is geen bedrag`);
  const frac = (m[2] ?? "").padEnd(5, "0");
  const cents = Number(m[1]) * 100 + Number(frac.slice(0, 2));
  return cents + (Number(frac.slice(2)) >= 500 ? 1 : 0);
}

function day(node: unknown): string | undefined {
  const d = text(at(node, "Dt")) ?? text(at(node, "DtTm"))?.slice(0, 10);
  return d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : undefined;
}

/** The OGM of a structured remittance (Strd/CdtrRefInf/Ref), or one written out in the free text. */
export function camtStructuredReference(ref: string | undefined): string | undefined {
  if (!ref) return undefined;
  const m = OGM.exec(ref);
  if (m) return formatCodaStructuredReference((m[1] ?? m[4])! + (m[2] ?? m[5])! + (m[3] ?? m[6])!);
  const digits = ref.replace(/[\s/+*]/g, "");
  return /^\d{12}$/.test(digits) ? formatCodaStructuredReference(digits) : undefined;
}

function party(tx: unknown, role: "Dbtr" | "Cdtr"): { name?: string; account?: string } {
  const p = at(tx, "RltdPties", role);
  const name = text(at(p, "Nm")) ?? text(at(p, "Pty", "Nm"));
  const acct = at(tx, "RltdPties", `${role}Acct`, "Id");
  const account = text(at(acct, "IBAN")) ?? text(at(acct, "Othr", "Id"));
  return { ...(name ? { name } : {}), ...(account ? { account: account.replace(/\s/g, "").toUpperCase() } : {}) };
}

function remittance(tx: unknown): { structuredReference?: string; communication?: string } {
  const rmt = at(tx, "RmtInf");
  let structuredReference: string | undefined;
  for (const strd of list(at(rmt, "Strd"))) structuredReference ??= camtStructuredReference(text(at(strd, "CdtrRefInf", "Ref")));
  const ustrd = (Array.isArray(at(rmt, "Ustrd")) ? (at(rmt, "Ustrd") as unknown[]) : []).map(text).filter((s): s is string => !!s);
  const communication = ustrd.join(" ").replace(/\s+/g, " ").trim();
  structuredReference ??= camtStructuredReference(OGM.exec(communication)?.[0]);
  return { ...(structuredReference ? { structuredReference } : {}), ...(communication !== "" ? { communication } : {}) };
}

/** Parses a camt.053 document (any 001.xx version) into statements; throws StatementFileError("camt053") when it is not one. */
export function parseCamt053(xml: string): BankStatement[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new StatementFileError("camt053", `Het XML-bestand is niet volledig of niet geldig (regel ${valid.err.line}: ${valid.err.msg})`, valid.err.line);
  }
  if (!NAMESPACE.test(xml)) {
    throw new StatementFileError("camt053", "Dit XML-bestand is geen rekeninguittreksel in camt.053-formaat (ISO 20022 BankToCustomerStatement).");
  }
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    isArray: (name) => LISTS.has(name),
  }).parse(xml) as Node;
  const stmts = list(at(doc, "Document", "BkToCstmrStmt", "Stmt"));
  if (stmts.length === 0) throw new StatementFileError("camt053", "Het camt.053-bestand bevat geen uittreksel (Document/BkToCstmrStmt/Stmt).");

  return stmts.map((stmt, si) => {
    const statementId = text(at(stmt, "Id")) ?? text(at(stmt, "ElctrncSeqNb")) ?? String(si + 1);
    const id = at(stmt, "Acct", "Id");
    const account = (text(at(id, "IBAN")) ?? text(at(id, "Othr", "Id")) ?? "").replace(/\s/g, "").toUpperCase();
    if (account === "") throw new StatementFileError("camt053", `Uittreksel ${statementId}: geen rekeningnummer (Acct/Id/IBAN).`);
    const stmtCurrency = text(at(stmt, "Acct", "Ccy")) ?? "EUR";
    const entries: BankEntry[] = [];
    list(at(stmt, "Ntry")).forEach((ntry, ni) => {
      const where = `Uittreksel ${statementId}, boeking ${ni + 1}`;
      const status = text(at(ntry, "Sts")) ?? text(at(ntry, "Sts", "Cd"));
      if (status !== undefined && status !== "BOOK") return; // pending or information only: not (yet) money on the account
      const ind = text(at(ntry, "CdtDbtInd"));
      if (ind !== "CRDT" && ind !== "DBIT") throw new StatementFileError("camt053", `${where}: CdtDbtInd moet CRDT of DBIT zijn.`);
      const reversal = text(at(ntry, "RvslInd")) === "true";
      const sign = (ind === "CRDT") !== reversal ? 1 : -1;
      const bookingDate = day(at(ntry, "BookgDt"));
      if (!bookingDate) throw new StatementFileError("camt053", `${where}: geen boekingsdatum (BookgDt).`);
      const valueDate = day(at(ntry, "ValDt")) ?? bookingDate;
      const entryAmount = camtAmountToCents(text(at(ntry, "Amt")), where);
      const currency = (obj(at(ntry, "Amt"))?.["@Ccy"] as string | undefined) ?? stmtCurrency;
      const entryRef = text(at(ntry, "AcctSvcrRef")) ?? text(at(ntry, "NtryRef"));
      const txs = list(at(ntry, "NtryDtls")).flatMap((d) => list(at(d, "TxDtls")));
      const counterpartyRole = sign > 0 ? "Dbtr" : "Cdtr";
      // A batch entry (several TxDtls with their own amounts) books each transaction; otherwise the entry is one booking.
      const split = txs.length > 1 && txs.every((tx) => text(at(tx, "AmtDtls", "TxAmt", "Amt")) !== undefined || text(at(tx, "Amt")) !== undefined);
      const parts = split ? txs : [txs[0]];
      parts.forEach((tx, ti) => {
        const amount = split ? camtAmountToCents(text(at(tx, "AmtDtls", "TxAmt", "Amt")) ?? text(at(tx, "Amt")), where) : entryAmount;
        const txRef = text(at(tx, "Refs", "AcctSvcrRef"));
        const key = split ? (txRef ?? `${entryRef ?? `${statementId}/${ni + 1}`}/${ti + 1}`) : (entryRef ?? txRef ?? `${statementId}/${ni + 1}`);
        const p = tx ? party(tx, counterpartyRole) : {};
        const r = tx ? remittance(tx) : {};
        entries.push({
          amountCents: sign * amount,
          currency,
          bookingDate,
          valueDate,
          ...r,
          ...(p.name ? { counterpartyName: p.name } : {}),
          ...(p.account ? { counterpartyAccount: p.account } : {}),
          bankReference: `camt053/${account}/${key}`,
        });
      });
    });
    return { format: "camt053", account, iban: statementAccountIban(account), statementId, entries };
  });
}
