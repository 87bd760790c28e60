/** What a parsed CODA statement holds, and the error a malformed file gives. */

export class CodaParseError extends Error {
  constructor(
    public readonly lineNumber: number,
    message: string,
  ) {
    super(`CODA line ${lineNumber}: ${message}`);
    this.name = "CodaParseError";
  }
}

export interface CodaMovement {
  /** Credits positive, debits negative; rounded half away from zero when the bank sends a third decimal. */
  amountCents: number;
  /** Exact amount as sent (CODA has 3 decimals). */
  amountMillis: number;
  /** "YYYY-MM-DD"; the entry date when the bank left the value date empty (000000). */
  valueDate: string;
  entryDate: string;
  sequence: number;
  bankReference: string;
  transactionCode: string;
  /** "+++ddd/dddd/ddddd+++" — extracted as is, NOT checked against mod-97 (that is the caller's job). */
  structuredReference?: string;
  freeCommunication?: string;
  counterpartyName?: string;
  counterpartyAccount?: string;
  counterpartyBic?: string;
  clientReference?: string;
  /** Free text from the 3.x information records belonging to this movement. */
  information?: string;
  /** Detail records (2.1 with detail number > 0) of a globalised movement. */
  details?: CodaMovement[];
}

export interface CodaStatement {
  /** Account as written in record 1: the IBAN (structures 2 and 3) or the 12-digit Belgian number (0). */
  account: string;
  accountStructure: "0" | "1" | "2" | "3";
  currency: string;
  accountHolderName: string;
  /** Sequence number of the paper statement (record 1 positions 3-5). */
  statementNumber: number;
  /** Date of the new balance (record 8), "YYYY-MM-DD". */
  date: string;
  /** Creation date in the header record. */
  createdOn: string;
  bankId: string;
  /** Header position 17 = "D": the bank re-sent a statement already delivered. */
  duplicate: boolean;
  oldBalanceDate: string;
  oldBalanceCents: number;
  oldBalanceMillis: number;
  newBalanceCents: number;
  newBalanceMillis: number;
  movements: CodaMovement[];
  freeMessages: string[];
  trailer: { recordCount: number; debitMillis: number; creditMillis: number };
}
