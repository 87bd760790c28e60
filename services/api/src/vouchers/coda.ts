import { CodaParseError, parseCodaFile, type CodaStatement } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError } from "../errors/problem.ts";
import { matchPayment, type MatchResult } from "./payments.ts";
import * as repo from "./repository.ts";

/** A CODA file as statements, or 422 coda.invalid naming the line. */
export function parseCoda(body: unknown): CodaStatement[] {
  if (typeof body !== "string") throw new AppError("coda.invalid", "Stuur het CODA-bestand als text/plain of application/octet-stream.", { line: null });
  try {
    return parseCodaFile(body);
  } catch (err) {
    if (err instanceof CodaParseError) throw new AppError("coda.invalid", `Regel ${err.lineNumber}: ${err.message}`, { line: err.lineNumber });
    throw err;
  }
}

/** Matches every credit of the statements by its OGM; a movement imported before is reported, not counted twice. */
export async function importCoda(ctx: TenantContext, statements: readonly CodaStatement[]) {
  await repo.lockCodaImport(ctx.tx, ctx.tenantId);
  const out = { matched: [] as MatchResult[], unmatched: [] as MatchResult[], duplicates: [] as { bankReference: string; amountCents: number }[] };
  for (const st of statements) {
    for (const m of st.movements) {
      if (m.amountCents <= 0) continue;
      const bankReference = `${st.account}/${st.date}/${st.statementNumber}/${m.sequence}`;
      if (await repo.paymentSeen(ctx.tx, ctx.tenantId, bankReference)) {
        out.duplicates.push({ bankReference, amountCents: m.amountCents });
        continue;
      }
      const r = await matchPayment(
        ctx,
        {
          paymentReference: m.structuredReference ?? null,
          amountCents: m.amountCents,
          paidOn: m.valueDate,
          source: "coda",
          bankReference,
          ...(m.counterpartyName ? { counterpartyName: m.counterpartyName } : {}),
          ...(m.freeCommunication ? { communication: m.freeCommunication } : {}),
        },
        { recordAlreadyPaid: true },
      );
      (r.status === "matched" ? out.matched : out.unmatched).push(r);
    }
  }
  return out;
}
