import {
  CodaParseError,
  codaToBankStatements,
  isOrganisationAccount,
  maskIban,
  parseBankStatementFile,
  parseCodaFile,
  StatementFileError,
  type BankStatement,
} from "@wijkwerk/domain";
import { eq } from "drizzle-orm";
import { schema } from "@wijkwerk/db";
import type { TenantContext } from "../context.ts";
import { AppError } from "../errors/problem.ts";
import { matchPayment, type MatchResult } from "./payments.ts";
import * as repo from "./repository.ts";

/** A CODA file (the pasted text of POST /v1/payments/coda) as statements, or 422 coda.invalid naming the line. */
export function parseCoda(body: unknown): BankStatement[] {
  if (typeof body !== "string") throw new AppError("coda.invalid", "Stuur het CODA-bestand als text/plain of application/octet-stream.", { line: null });
  try {
    return codaToBankStatements(parseCodaFile(body));
  } catch (err) {
    if (err instanceof CodaParseError) throw new AppError("coda.invalid", `Regel ${err.lineNumber}: ${err.message}`, { line: err.lineNumber });
    throw err;
  }
}

const FILE_ERROR = { empty: "statement.empty", unrecognised: "statement.unrecognised", coda: "coda.invalid", camt053: "camt.invalid" } as const;

/** An uploaded statement file, CODA or camt.053 told apart by its content; garbage is 422 with the code of what is wrong. */
export function parseStatementFile(body: unknown): { format: "coda" | "camt053"; statements: BankStatement[] } {
  // The body parsers hand text/plain and octet-stream over as latin1 text (lossless), XML as a buffer.
  const bytes = Buffer.isBuffer(body)
    ? body
    : typeof body === "string"
      ? Buffer.from(body, "latin1")
      : body === undefined || body === null
        ? Buffer.alloc(0)
        : null;
  if (!bytes) throw new AppError("statement.unrecognised", "Stuur het bestand zelf (CODA of camt.053), niet als JSON.");
  try {
    return parseBankStatementFile(bytes);
  } catch (err) {
    if (err instanceof StatementFileError) throw new AppError(FILE_ERROR[err.kind], err.message, { line: err.line });
    throw err;
  }
}

/**
 * Every statement must be of the organisation's own account (GET /v1/organisation-account): one of another
 * account is refused whole, named masked as accounts are in lists (country, check digits, last four).
 */
async function checkAccounts(ctx: TenantContext, statements: readonly BankStatement[]): Promise<void> {
  const oa = schema.organisationAccounts;
  const [own] = await ctx.tx.select({ iban: oa.iban }).from(oa).where(eq(oa.tenantId, ctx.tenantId));
  if (!own) {
    throw new AppError(
      "statement.no_organisation_account",
      "Vul eerst de bankrekening van de organisatie in (Financiën, Bankrekening): alleen uittreksels van die rekening worden ingelezen.",
    );
  }
  for (const st of statements) {
    if (isOrganisationAccount(st.iban, own.iban)) continue;
    const named = st.iban ? maskIban(st.iban) : st.account.length > 4 ? `…${st.account.slice(-4)}` : st.account;
    throw new AppError(
      "statement.other_account",
      `Uittreksel ${st.statementId} is van rekening ${named}, niet van de rekening van de organisatie (${maskIban(own.iban)}). Er is niets ingelezen.`,
      { account: named, organisationAccount: maskIban(own.iban), statementId: st.statementId },
    );
  }
}

/** Matches every euro credit of the statements by its OGM; a movement imported before is reported, not counted twice. */
export async function importStatements(ctx: TenantContext, statements: readonly BankStatement[]) {
  await checkAccounts(ctx, statements);
  await repo.lockCodaImport(ctx.tx, ctx.tenantId);
  const out = { matched: [] as MatchResult[], unmatched: [] as MatchResult[], duplicates: [] as { bankReference: string; amountCents: number }[] };
  for (const st of statements) {
    for (const e of st.entries) {
      if (e.amountCents <= 0 || e.currency !== "EUR") continue;
      if (await repo.paymentSeen(ctx.tx, ctx.tenantId, e.bankReference)) {
        out.duplicates.push({ bankReference: e.bankReference, amountCents: e.amountCents });
        continue;
      }
      const r = await matchPayment(
        ctx,
        {
          paymentReference: e.structuredReference ?? null,
          amountCents: e.amountCents,
          paidOn: e.valueDate,
          source: st.format,
          bankReference: e.bankReference,
          ...(e.counterpartyName ? { counterpartyName: e.counterpartyName } : {}),
          ...(e.counterpartyAccount ? { counterpartyAccount: e.counterpartyAccount } : {}),
          ...(e.communication ? { communication: e.communication } : {}),
        },
        { recordAlreadyPaid: true },
      );
      (r.status === "matched" ? out.matched : out.unmatched).push(r);
    }
  }
  return out;
}
