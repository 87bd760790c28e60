import { bicOk, ibanChecksumOk, normalizeIban } from "./iban.ts";
import { centsToDecimal, escapeXml, sepaText } from "./text.ts";

export const PAIN001_NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
/** SEPA maximum for one credit transfer: 999 999 999,99 EUR. */
export const SEPA_MAX_AMOUNT_CENTS = 99_999_999_999;

export class SepaError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "SepaError";
  }
}

export interface SepaParty {
  name: string;
  iban: string;
  bic?: string | undefined;
}

export interface SepaHeaderInput {
  /** Unique per file, max 35 characters. */
  messageId: string;
  /** ISO date-time, e.g. "2026-11-24T18:00:00+01:00". */
  createdAt: string;
  debtor: SepaParty;
  /** "YYYY-MM-DD" */
  requestedExecutionDate: string;
  batchBooking?: boolean | undefined;
  /** Defaults to messageId. */
  paymentInfoId?: string | undefined;
}

export interface SepaTransactionInput {
  endToEndId: string;
  amountCents: number;
  creditor: SepaParty;
  remittance: string;
}

export interface SepaTotals {
  count: number;
  controlSumCents: number;
}

const ID_RE = /^[A-Za-z0-9/\-?:().,'+ ]{1,35}$/;

function checkId(kind: string, id: string): string {
  // EPC: identifiers use the restricted set, no leading/trailing "/" and no "//".
  if (!ID_RE.test(id) || id.startsWith("/") || id.endsWith("/") || id.includes("//")) {
    throw new SepaError("sepa.bad_id", `${kind} must be 1-35 SEPA characters without leading/trailing or double "/": ${JSON.stringify(id)}`);
  }
  return escapeXml(id);
}

function checkIban(kind: string, iban: string): string {
  const s = normalizeIban(iban);
  if (!ibanChecksumOk(s)) throw new SepaError("sepa.bad_iban", `${kind} IBAN fails the ISO 13616 check: ${JSON.stringify(iban)}`);
  return s;
}

function checkBic(kind: string, bic: string | undefined): string | undefined {
  const s = (bic ?? "").replace(/\s+/g, "").toUpperCase();
  // v09 has no "NOTPROVIDED" BIC; callers migrating from v03 may still pass it: treat as unknown.
  if (s === "" || s === "NOTPROVIDED") return undefined;
  if (!bicOk(s)) throw new SepaError("sepa.bad_bic", `${kind} BIC is malformed: ${JSON.stringify(bic)}`);
  return s;
}

function checkName(kind: string, name: string): string {
  const s = sepaText(name, 70);
  if (s === "") throw new SepaError("sepa.bad_name", `${kind} name is empty after transliteration`);
  return escapeXml(s);
}

function checkAmount(cents: number, allowZero = false): string {
  if (!Number.isSafeInteger(cents) || cents < (allowZero ? 0 : 1) || cents > SEPA_MAX_AMOUNT_CENTS * 20_000) {
    throw new SepaError("sepa.bad_amount", `amount must be a positive integer number of cents: ${cents}`);
  }
  return centsToDecimal(cents);
}

function checkTotals(totals: SepaTotals): void {
  if (!Number.isSafeInteger(totals.count) || totals.count < 1) {
    throw new SepaError("sepa.bad_totals", `a SEPA file needs at least one transaction (count ${totals.count})`);
  }
  checkAmount(totals.controlSumCents);
}

/** XML declaration, GrpHdr and the opening of the single PmtInf, up to the first CdtTrfTxInf. */
export function sepaHeader(header: SepaHeaderInput, totals: SepaTotals): string {
  checkTotals(totals);
  const msgId = checkId("messageId", header.messageId);
  const pmtInfId = checkId("paymentInfoId", header.paymentInfoId ?? header.messageId);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.test(header.createdAt)) {
    throw new SepaError("sepa.bad_date", `createdAt must be an ISO date-time: ${header.createdAt}`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(header.requestedExecutionDate)) {
    throw new SepaError("sepa.bad_date", `requestedExecutionDate must be YYYY-MM-DD: ${header.requestedExecutionDate}`);
  }
  const name = checkName("debtor", header.debtor.name);
  const iban = checkIban("debtor", header.debtor.iban);
  const bic = checkBic("debtor", header.debtor.bic);
  const nb = String(totals.count);
  const sum = centsToDecimal(totals.controlSumCents);
  // DbtrAgt is mandatory in the XSD; v09 has no "NOTPROVIDED" BIC, EPC allows Othr/Id NOTPROVIDED instead.
  const dbtrAgt = bic
    ? `<DbtrAgt><FinInstnId><BICFI>${bic}</BICFI></FinInstnId></DbtrAgt>`
    : `<DbtrAgt><FinInstnId><Othr><Id>NOTPROVIDED</Id></Othr></FinInstnId></DbtrAgt>`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<Document xmlns="${PAIN001_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n` +
    `<CstmrCdtTrfInitn>\n` +
    `<GrpHdr><MsgId>${msgId}</MsgId><CreDtTm>${header.createdAt}</CreDtTm><NbOfTxs>${nb}</NbOfTxs><CtrlSum>${sum}</CtrlSum>` +
    `<InitgPty><Nm>${name}</Nm></InitgPty></GrpHdr>\n` +
    `<PmtInf><PmtInfId>${pmtInfId}</PmtInfId><PmtMtd>TRF</PmtMtd>` +
    (header.batchBooking === undefined ? "" : `<BtchBookg>${header.batchBooking ? "true" : "false"}</BtchBookg>`) +
    `<NbOfTxs>${nb}</NbOfTxs><CtrlSum>${sum}</CtrlSum>` +
    `<PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl></PmtTpInf>` +
    `<ReqdExctnDt><Dt>${header.requestedExecutionDate}</Dt></ReqdExctnDt>` +
    `<Dbtr><Nm>${name}</Nm></Dbtr><DbtrAcct><Id><IBAN>${iban}</IBAN></Id></DbtrAcct>` +
    dbtrAgt +
    `<ChrgBr>SLEV</ChrgBr>\n`
  );
}

/** One CdtTrfTxInf element. Throws SepaError on a bad IBAN/BIC/amount/id. */
export function sepaTransaction(tx: SepaTransactionInput): string {
  const e2e = checkId("endToEndId", tx.endToEndId);
  if (tx.amountCents > SEPA_MAX_AMOUNT_CENTS) {
    throw new SepaError("sepa.bad_amount", `amount exceeds the SEPA maximum: ${tx.amountCents}`);
  }
  const amt = checkAmount(tx.amountCents);
  const name = checkName("creditor", tx.creditor.name);
  const iban = checkIban("creditor", tx.creditor.iban);
  const bic = checkBic("creditor", tx.creditor.bic);
  const ustrd = escapeXml(sepaText(tx.remittance, 140));
  // CdtrAgt is optional; without a BIC we leave it out (IBAN-only, as EPC allows within SEPA).
  return (
    `<CdtTrfTxInf><PmtId><EndToEndId>${e2e}</EndToEndId></PmtId>` +
    `<Amt><InstdAmt Ccy="EUR">${amt}</InstdAmt></Amt>` +
    (bic ? `<CdtrAgt><FinInstnId><BICFI>${bic}</BICFI></FinInstnId></CdtrAgt>` : "") +
    `<Cdtr><Nm>${name}</Nm></Cdtr><CdtrAcct><Id><IBAN>${iban}</IBAN></Id></CdtrAcct>` +
    (ustrd === "" ? "" : `<RmtInf><Ustrd>${ustrd}</Ustrd></RmtInf>`) +
    `</CdtTrfTxInf>\n`
  );
}

export function sepaFooter(): string {
  return `</PmtInf>\n</CstmrCdtTrfInitn>\n</Document>\n`;
}

/**
 * Streams a whole pain.001.001.09 document with flat memory. `totals` go into GrpHdr before any
 * transaction is seen, so the generator counts while streaming and throws (before the footer,
 * leaving the document unclosed) when the stream did not match them.
 */
export async function* sepaDocument(
  header: SepaHeaderInput,
  txs: Iterable<SepaTransactionInput> | AsyncIterable<SepaTransactionInput>,
  totals: SepaTotals,
): AsyncGenerator<string, void, undefined> {
  yield sepaHeader(header, totals);
  let count = 0;
  let sum = 0;
  for await (const tx of txs) {
    const xml = sepaTransaction(tx);
    count += 1;
    sum += tx.amountCents;
    if (count > totals.count) {
      throw new SepaError("sepa.totals_mismatch", `more transactions than the ${totals.count} announced in the header`);
    }
    yield xml;
  }
  if (count !== totals.count || sum !== totals.controlSumCents) {
    throw new SepaError(
      "sepa.totals_mismatch",
      `streamed ${count} transactions for ${centsToDecimal(sum)} EUR, header announced ${totals.count} for ${centsToDecimal(totals.controlSumCents)} EUR`,
    );
  }
  yield sepaFooter();
}

/** Convenience for small files and tests: the whole document as one string. */
export async function sepaDocumentString(
  header: SepaHeaderInput,
  txs: Iterable<SepaTransactionInput> | AsyncIterable<SepaTransactionInput>,
  totals: SepaTotals,
): Promise<string> {
  let out = "";
  for await (const chunk of sepaDocument(header, txs, totals)) out += chunk;
  return out;
}
