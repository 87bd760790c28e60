/** Generates CODA 2 files (account structure 2 = Belgian IBAN, 3 = foreign IBAN) for tests and demo data. */

export interface CodaBuildMovement {
  amountCents: number;
  valueDate: string;
  entryDate?: string;
  /** 12 digits, or "+++ddd/dddd/ddddd+++"; wins over freeCommunication. */
  structuredReference?: string;
  freeCommunication?: string;
  counterpartyName?: string;
  counterpartyAccount?: string;
  counterpartyBic?: string;
  bankReference?: string;
  transactionCode?: string;
}

export interface CodaBuildInput {
  /** IBAN of the statement's account. */
  account: string;
  currency?: string;
  accountHolderName?: string;
  accountDescription?: string;
  statementNumber: number;
  /** Statement (new balance) date "YYYY-MM-DD". */
  date: string;
  /** Old balance date; defaults to `date`. */
  oldBalanceDate?: string;
  createdOn?: string;
  bankId?: string;
  bic?: string;
  oldBalanceCents: number;
  movements: CodaBuildMovement[];
  freeMessages?: string[];
}

function pad(s: string, len: number): string {
  // CODA is plain ASCII fixed width; strip what would break the column layout.
  const clean = s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\x20-\x7E]/g, " ");
  return clean.slice(0, len).padEnd(len, " ");
}

function num(n: number, len: number): string {
  const s = String(n);
  if (!Number.isSafeInteger(n) || n < 0 || s.length > len) throw new RangeError(`cannot write ${n} in ${len} digits`);
  return s.padStart(len, "0");
}

function ddmmyy(iso: string): string {
  const m = /^\d{2}(\d{2})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`expected YYYY-MM-DD, got ${iso}`);
  return `${m[3]}${m[2]}${m[1]}`;
}

function signed(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`amount must be integer cents: ${cents}`);
  return (cents < 0 ? "1" : "0") + num(Math.abs(cents) * 10, 15);
}

function line(s: string): string {
  if (s.length !== 128) throw new Error(`internal: CODA record of ${s.length} characters`);
  return s;
}

export function buildCodaStatement(input: CodaBuildInput): string {
  const iban = input.account.replace(/\s+/g, "").toUpperCase();
  const structure = iban.startsWith("BE") ? "2" : "3";
  const currency = pad(input.currency ?? "EUR", 3);
  const stmtNo = num(input.statementNumber % 1000, 3);
  const created = ddmmyy(input.createdOn ?? input.date);
  const acct37 = pad(iban, 34) + currency;
  const out: string[] = [];

  out.push(
    line(
      "0" +
        "0000" +
        created +
        pad(input.bankId ?? "000", 3) +
        "05" +
        " " +
        pad("", 7) +
        pad("", 10) +
        pad(input.accountHolderName ?? "", 26) +
        pad(input.bic ?? "", 11) +
        pad("", 11) +
        " " +
        "00000" +
        pad("", 16) +
        pad("", 16) +
        pad("", 7) +
        "2",
    ),
  );
  out.push(
    line(
      "1" +
        structure +
        stmtNo +
        acct37 +
        signed(input.oldBalanceCents) +
        ddmmyy(input.oldBalanceDate ?? input.date) +
        pad(input.accountHolderName ?? "", 26) +
        pad(input.accountDescription ?? "", 35) +
        stmtNo,
    ),
  );

  let records = 0;
  let debit = 0;
  let credit = 0;
  let balance = input.oldBalanceCents;
  input.movements.forEach((m, i) => {
    const seq = num(i + 1, 4);
    const entry = ddmmyy(m.entryDate ?? m.valueDate);
    let comm: string;
    let structured = false;
    let free = "";
    if (m.structuredReference !== undefined) {
      const d = m.structuredReference.replace(/\D/g, "");
      if (d.length !== 12) throw new RangeError(`structured reference needs 12 digits: ${m.structuredReference}`);
      comm = pad("101" + d, 53);
      structured = true;
    } else {
      free = m.freeCommunication ?? "";
      comm = pad(free.slice(0, 53), 53);
    }
    const hasMore = true; // 2.2 and 2.3 always follow, they carry BIC, account and name
    out.push(
      line(
        "21" +
          seq +
          "0000" +
          pad(m.bankReference ?? `REF${seq}`, 21) +
          signed(m.amountCents) +
          ddmmyy(m.valueDate) +
          pad(m.transactionCode ?? "00150000", 8) +
          (structured ? "1" : "0") +
          comm +
          entry +
          stmtNo +
          "0" +
          (hasMore ? "1" : "0") +
          " " +
          "0",
      ),
    );
    out.push(
      line(
        "22" +
          seq +
          "0000" +
          pad(free.slice(53, 106), 53) +
          pad("", 35) +
          pad(m.counterpartyBic ?? "", 11) +
          pad("", 3) +
          " " +
          pad("", 4) +
          pad("", 4) +
          pad("", 4) +
          "1" +
          " " +
          "0",
      ),
    );
    out.push(
      line(
        "23" +
          seq +
          "0000" +
          pad(m.counterpartyAccount ?? "", 34) +
          pad("", 3) +
          pad(m.counterpartyName ?? "", 35) +
          pad(free.slice(106, 149), 43) +
          "0" +
          " " +
          "0",
      ),
    );
    records += 3;
    if (m.amountCents < 0) debit += -m.amountCents;
    else credit += m.amountCents;
    balance += m.amountCents;
  });

  out.push(line("8" + stmtNo + acct37 + signed(balance) + ddmmyy(input.date) + pad("", 64) + "0"));
  for (const [i, msg] of (input.freeMessages ?? []).entries()) {
    out.push(line("4" + " " + num(i + 1, 4) + "0000" + pad("", 22) + pad(msg, 80) + pad("", 15) + "0"));
  }
  out.push(line("9" + pad("", 15) + num(records + 2 + (input.freeMessages ?? []).length, 6) + num(debit * 10, 15) + num(credit * 10, 15) + pad("", 75) + "1"));
  return out.join("\n") + "\n";
}
