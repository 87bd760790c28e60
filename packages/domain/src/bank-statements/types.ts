/** A bank statement as the payment import books it, whatever the file format (CODA or camt.053). */

export type StatementFormat = "coda" | "camt053";

/** Why a file is not a statement we can read; each kind is a stable API error code. */
export type StatementErrorKind = "empty" | "unrecognised" | "coda" | "camt053";

export class StatementFileError extends Error {
  constructor(
    public readonly kind: StatementErrorKind,
    message: string,
    /** CODA: the 1-based line; XML: the line the parser names, when it does. */
    public readonly line: number | null = null,
  ) {
    super(message);
    this.name = "StatementFileError";
  }
}

export interface BankEntry {
  /** Credits positive, debits negative. */
  amountCents: number;
  currency: string;
  bookingDate: string;
  valueDate: string;
  /** "+++ddd/dddd/ddddd+++" as sent, not checked against mod-97 (the matcher does that). */
  structuredReference?: string;
  communication?: string;
  counterpartyName?: string;
  counterpartyAccount?: string;
  /** Unique per account: the key that recognises a re-import. */
  bankReference: string;
}

export interface BankStatement {
  format: StatementFormat;
  /** The account as the file names it, spaces removed, upper case: an IBAN, or a 12-digit Belgian number in old CODA. */
  account: string;
  /** The IBAN of `account` when it can be known (a Belgian 12-digit number converts to one). */
  iban: string | null;
  /** Statement number (CODA) or identification (camt.053 Stmt/Id). */
  statementId: string;
  entries: BankEntry[];
}
