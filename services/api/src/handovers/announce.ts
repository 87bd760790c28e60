import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { pgError, PG } from "@wijkwerk/db";
import { addCalendarDays, brusselsDateOf, canSucceed, formatDutchDate, HANDOVER_FIRST_NOTICE_DAYS, seriesMovesOn } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError, notFound } from "../errors/problem.ts";
import { agreementOn, lockWorker } from "../assignments/repository.ts";
import * as repo from "./repository.ts";
import { handoverOut } from "./views.ts";

/**
 * Issue 19: the consultant announces who succeeds a leaving worker at a client (the suggestion or a
 * worker they picked). Stored as a handover; the client is told in plain words who comes next and
 * from when (events/handover.announced: mail and SMS in the client's language).
 */
export async function announce(ctx: TenantContext, body: { clientId: string; leavingWorkerId: string; successorId: string }) {
  const { tx } = ctx;
  const today = brusselsDateOf(new Date());
  const [leaving] = await repo.leavingWorkers(tx, today, addCalendarDays(today, HANDOVER_FIRST_NOTICE_DAYS), body.leavingWorkerId);
  if (!leaving)
    throw new AppError("handover.worker_not_leaving", "De overeenkomst van deze wijk-werker loopt niet binnen 60 dagen af, of er volgt al een nieuwe.");
  const [client] = await tx.execute<{ id: string }>(sql`SELECT id FROM clients WHERE tenant_id = app_current_tenant() AND id = ${body.clientId}`);
  if (!client) throw notFound("Deze klant");
  const successor = await lockWorker(tx, body.successorId);
  if (!successor) throw notFound("Deze wijk-werker");
  const startsOn = seriesMovesOn(leaving.end_date);
  const ends = await repo.agreementEnds(tx, [body.successorId]);
  const fits =
    successor.status === "active" &&
    (await agreementOn(tx, body.successorId, startsOn)) !== undefined &&
    canSucceed({
      candidateId: body.successorId,
      leavingWorkerId: body.leavingWorkerId,
      candidateAgreementEnd: ends.get(body.successorId) ?? null,
      leavingEnd: leaving.end_date,
    });
  if (!fits)
    throw new AppError(
      "handover.successor_not_fit",
      body.successorId === body.leavingWorkerId
        ? "De vertrekkende wijk-werker kan zichzelf niet opvolgen."
        : `Deze wijk-werker kan de klant niet overnemen: geen lopende overeenkomst op ${formatDutchDate(startsOn)}, of de eigen overeenkomst loopt kort daarna af.`,
    );
  const id = randomUUID();
  await repo
    .insertHandover(tx, {
      id,
      clientId: body.clientId,
      leavingWorkerId: body.leavingWorkerId,
      successorId: body.successorId,
      leavingEndsOn: leaving.end_date,
      by: ctx.actor.sub,
    })
    .catch((err: unknown) => {
      if (pgError(err)?.code === PG.uniqueViolation)
        throw new AppError("handover.already_announced", "Voor deze klant en deze wijk-werker is al een opvolger aangekondigd.");
      throw err;
    });
  await ctx.outbox({
    topic: "events/handover.announced",
    payload: { handoverId: id, clientId: body.clientId, successorId: body.successorId, leavingWorkerId: body.leavingWorkerId, startsOn },
  });
  const out = handoverOut((await repo.findHandover(tx, id))!);
  await ctx.audit({ entity: "handover", entityId: id, action: "announce", after: out });
  return out;
}
