import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { formatClock, parseClock, quietWindowProblem, reachability } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError, notFound } from "../errors/problem.ts";
import { errorResponses, IdParams } from "../schemas/common.ts";
import { ownWorkerOnly } from "../workers/read.ts";
import * as repo from "./repository.ts";
import * as S from "./schemas.ts";

type Body = typeof S.PreferencesBody.static;
type Out = typeof S.PreferencesOut.static;

const NOT_FOUND = { worker: "Deze wijk-werker", client: "Deze gebruiker" } as const;

function view(row: repo.PreferenceRow): Out {
  const reach = reachability({ email: row.email, phone: row.phone, smsOptOut: row.sms_opt_out, emailOptOut: row.email_opt_out });
  return {
    sms: !row.sms_opt_out,
    email: !row.email_opt_out,
    quietHours: row.quiet_from !== null && row.quiet_until !== null ? { from: formatClock(row.quiet_from), until: formatClock(row.quiet_until) } : null,
    language: row.language,
    reachable: { sms: reach.sms, email: reach.email },
    unreachable: reach.unreachable,
  };
}

/** A worker or client sees and changes only their own preferences; another id is "not found". */
function ownOnly(ctx: TenantContext, kind: repo.PersonKind, id: string): void {
  if (kind === "worker") ownWorkerOnly(ctx.actor, id);
  else if (ctx.actor.role === "client" && ctx.actor.subjectId !== id) throw notFound(NOT_FOUND.client);
}

async function read(ctx: TenantContext, kind: repo.PersonKind, id: string): Promise<Out> {
  ownOnly(ctx, kind, id);
  const row = await repo.load(ctx.tx, kind, id);
  if (!row) throw notFound(NOT_FOUND[kind]);
  return view(row);
}

/** Replaces the preferences; the audit row says who (actor_type: the person themself, staff, or 'sms' for STOP/START). */
async function replace(ctx: TenantContext, kind: repo.PersonKind, id: string, body: Body): Promise<Out> {
  ownOnly(ctx, kind, id);
  let quietFrom: number | null = null;
  let quietUntil: number | null = null;
  if (body.quietHours) {
    // The schema's pattern already holds: these parse.
    quietFrom = parseClock(body.quietHours.from) ?? null;
    quietUntil = parseClock(body.quietHours.until) ?? null;
    if (quietFrom === null || quietUntil === null || quietWindowProblem({ fromMinute: quietFrom, untilMinute: quietUntil }))
      throw new AppError("preferences.quiet_hours_empty", "Het begin en het einde van de rustige uren zijn gelijk.", {
        errors: [{ path: "quietHours/until", message: "Kies een einde dat verschilt van het begin." }],
      });
  }
  const before = await repo.load(ctx.tx, kind, id, true);
  if (!before) throw notFound(NOT_FOUND[kind]);
  await repo.save(ctx.tx, kind, id, { smsOptOut: !body.sms, emailOptOut: !body.email, quietFrom, quietUntil });
  const after = { ...before, sms_opt_out: !body.sms, email_opt_out: !body.email, quiet_from: quietFrom, quiet_until: quietUntil };
  const was = view(before);
  const now = view(after);
  await ctx.audit({
    entity: kind,
    entityId: id,
    action: "preferences.update",
    before: { sms: was.sms, email: was.email, quietHours: was.quietHours },
    after: { sms: now.sms, email: now.email, quietHours: now.quietHours },
  });
  return now;
}

/**
 * Issue 20, "Consent and preferences": SMS on/off, e-mail on/off and quiet hours of a worker or a
 * client, set by the person on their own pages or by a consultant on their behalf. The same routes
 * serve both: a worker or client token reaches only its own record (the portal's pattern).
 */
const preferences: FastifyPluginAsyncTypebox = async (app) => {
  for (const kind of ["worker", "client"] as const) {
    const path = `/v1/${kind}s/:id/preferences`;
    const roles = ["admin", "consultant", kind] as const;
    const tags = [`${kind}s`];
    app.get(
      path,
      {
        config: { roles },
        schema: {
          tags,
          summary: `The ${kind}'s contact preferences: SMS, e-mail, quiet hours, and whether any channel reaches them`,
          params: IdParams,
          response: { 200: S.PreferencesOut, ...errorResponses(401, 403, 404, 422) },
        },
      },
      async (request) => request.tenantTx((ctx) => read(ctx, kind, request.params.id)),
    );
    app.put(
      path,
      {
        config: { roles, errors: ["preferences.quiet_hours_empty"] },
        schema: {
          tags,
          summary: `Set the ${kind}'s contact preferences (by the ${kind} themself or a consultant); audited`,
          description:
            "Replaces all three. `sms: false` is what a reply STOP does (START undoes it). Quiet hours hold SMS (not e-mail) until they end; " +
            "urgent messages (a cancellation for today, a sign-in code) still go. 422 `preferences.quiet_hours_empty` when from equals until.",
          params: IdParams,
          body: S.PreferencesBody,
          response: { 200: S.PreferencesOut, ...errorResponses(401, 403, 404, 422) },
        },
      },
      async (request) => request.tenantTx((ctx) => replace(ctx, kind, request.params.id, request.body)),
    );
  }
};

export default preferences;
