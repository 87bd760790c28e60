import { randomUUID } from "node:crypto";
import { parseSmsReply } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError } from "../errors/problem.ts";
import { answer } from "../assignments/respond.ts";
import * as repo from "./repository.ts";

export interface Inbound {
  from: string;
  text: string;
  messageId: string;
  receivedAt: string;
}

export type Outcome = "accepted" | "declined" | "opted_out" | "opted_in" | "no_open_proposal" | "not_pending" | "job_taken" | "unclear";
export type Reply = "accepted" | "declined" | "taken" | "help" | "started";

/**
 * One inbound SMS of a known worker, in that worker's tenant (issue 17): JA/NEE answers the most
 * recently proposed open proposal (the reply names the klus and date, and says when others were
 * open), STOP opts the number out (across tenants, after this), START opts it back in (here, in
 * this transaction, so the confirmation SMS it gets is never held back by the opt-out it undoes),
 * anything else gets one help SMS per hour per number. The message is stored with what we made of it; the reply goes out through the outbox.
 */
export async function handleInbound(ctx: TenantContext, workerId: string, m: Inbound) {
  const meaning = parseSmsReply(m.text);
  let outcome: Outcome;
  let reply: Reply | null = null;
  let assignmentId: string | null = null;
  let otherOpen = 0;
  if (meaning.kind === "stop") {
    outcome = "opted_out";
  } else if (meaning.kind === "start") {
    outcome = "opted_in";
    // Issue 20: SMS again in every organisation with this number, then one short SMS that says so.
    await repo.optInTx(ctx.tx, m.from);
    reply = "started";
  } else if (meaning.kind === "unclear") {
    outcome = "unclear";
    reply = "help";
  } else {
    const open = await repo.openProposals(ctx.tx, workerId);
    const latest = open[0];
    if (!latest) {
      outcome = "no_open_proposal";
      reply = "help";
    } else {
      assignmentId = latest.id;
      otherOpen = open.length - 1;
      try {
        // A savepoint: a refused answer rolls back its own writes, the stored message stays.
        await ctx.tx.transaction((sp) => answer({ ...ctx, tx: sp }, latest.id, undefined, meaning.kind, null));
        outcome = meaning.kind === "accept" ? "accepted" : "declined";
        reply = outcome;
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        if (err.code === "assignment.job_already_taken" || err.code === "assignment.team_full") {
          outcome = "job_taken";
          reply = "taken";
        } else {
          outcome = "not_pending";
          reply = "help";
        }
      }
    }
  }
  // One help SMS per number per hour: an automatic answer from the other side cannot start a ping-pong.
  if (reply === "help" && (await repo.helpedWithinHour(ctx.tx, m.from))) reply = null;
  const id = randomUUID();
  await repo.insert(ctx.tx, {
    id,
    message_id: m.messageId,
    from_phone: m.from,
    worker_id: workerId,
    text: m.text,
    interpretation: meaning.kind,
    outcome,
    assignment_id: assignmentId,
    reply,
    received_at: m.receivedAt,
  });
  if (reply) await ctx.outbox({ topic: "events/sms.reply", payload: { inboundId: id, workerId, reply, assignmentId, otherOpen } });
  await ctx.audit({ entity: "sms_inbound", entityId: id, action: "receive", after: { interpretation: meaning.kind, outcome, reply, assignmentId } });
  return { id, interpretation: meaning.kind, outcome, reply, assignmentId };
}
