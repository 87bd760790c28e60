import type { Config } from "@wijkwerk/config";
import { isoBrussels } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError, notFound } from "../errors/problem.ts";
import { propose } from "../assignments/propose.ts";
import { cancelAssignment } from "../assignments/repository.ts";
import * as repo from "./repository.ts";
import { handoverOut } from "./views.ts";

/**
 * Issue 19: the client's series moves to the announced successor without re-ordering. Every visit
 * of the client after the leaving worker's last day that is still to do is proposed to the successor
 * (each in a savepoint, with every check of a proposal: caps, double booking, agreement, skill); a
 * visit the leaving worker still held after the end is cancelled first. A refused visit stays open
 * and is listed, so the consultant can pick someone else for it. The handover is then "moved".
 */
export async function moveSeries(ctx: TenantContext, config: Pick<Config, "JWT_SECRET" | "PUBLIC_WEB_URL">, handoverId: string) {
  const { tx } = ctx;
  const h = await repo.findHandover(tx, handoverId, true);
  if (!h) throw notFound("Deze overdracht");
  if (h.status !== "announced") throw new AppError("handover.not_announced", "Deze overdracht is al uitgevoerd of geannuleerd.");
  const jobs = await repo.jobsAfter(tx, h.client_id, h.leaving_ends_on);
  const held = await repo.liveAssignmentsOf(
    tx,
    h.leaving_worker_id,
    jobs.map((j) => j.id),
  );
  const reason = `De overeenkomst van ${h.leaving_name} loopt af; ${h.successor_name} neemt over.`;
  for (const a of held) await cancelAssignment(tx, { id: a.id, job_id: a.job_id }, "consultant", reason);
  let moved = 0;
  const refused: { jobId: string; startsAt: string; code: string; detail: string }[] = [];
  for (const j of await repo.jobsAfter(tx, h.client_id, h.leaving_ends_on)) {
    if (j.status !== "open") continue;
    const startsAt = isoBrussels(j.window_from);
    const endsAt = isoBrussels(new Date(Date.parse(startsAt) + j.estimated_minutes * 60_000));
    try {
      await tx.transaction((sp) => propose({ ...ctx, tx: sp }, config, j.id, { workerId: h.successor_id, startsAt, endsAt }));
      moved += 1;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      refused.push({ jobId: j.id, startsAt, code: err.code, detail: err.message });
    }
  }
  await repo.setMoved(tx, h.id, moved);
  const out = handoverOut((await repo.findHandover(tx, h.id))!);
  await ctx.audit({ entity: "handover", entityId: h.id, action: "move_series", after: { ...out, cancelled: held.length, refused: refused.length } });
  return { handover: out, moved, cancelled: held.length, refused };
}
