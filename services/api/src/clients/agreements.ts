import { pgError, PG } from "@wijkwerk/db";
import { brusselsDateOf, lastDayOfMonthsPeriod } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError } from "../errors/problem.ts";
import { loadSettings } from "../settings-store.ts";
import * as repo from "./repository.ts";
import { agreementOut } from "./views.ts";

/**
 * Starts a client's yearly agreement (RULES §3: the agreement and its fee run per year), with the
 * tenant's registration fee and a new OGM to pay it with. The client row lock makes parallel
 * requests for one client wait for each other, so the second sees the first.
 */
export async function startAgreement(ctx: TenantContext, clientId: string, startDate: string) {
  try {
    const client = await repo.findClient(ctx.tx, clientId, true);
    const endDate = lastDayOfMonthsPeriod(startDate, 12);
    const clash = await repo.agreementOverlapping(ctx.tx, client.id, startDate, endDate);
    if (clash) throw overlaps(clash.startDate, clash.endDate);
    const { registrationFeeCents: feeCents } = await loadSettings(ctx.tx, ctx.tenantId);
    const row = await repo.insertAgreement(ctx.tx, ctx.tenantId, {
      clientId: client.id,
      startDate,
      endDate,
      feeCents,
      feePaidOn: feeCents === 0 ? brusselsDateOf(new Date()) : null,
    });
    const created = agreementOut(row);
    await ctx.audit({ entity: "client_agreement", entityId: created.id, action: "create", after: created });
    return created;
  } catch (err) {
    if (pgError(err)?.code === PG.exclusionViolation) throw overlaps();
    throw err;
  }
}

function overlaps(start?: string, end?: string): AppError {
  return new AppError(
    "client_agreement.overlaps",
    start && end
      ? `Er loopt al een gebruikersovereenkomst van ${start} tot ${end}. Kies een begindatum na ${end}.`
      : "Er loopt al een gebruikersovereenkomst in deze periode.",
  );
}
