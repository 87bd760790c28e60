import { brusselsDateOf } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { validationError } from "../errors/problem.ts";
import { findWorker } from "./read.ts";
import * as repo from "./repository.ts";

/** Records a skill a worker has, with the day it was obtained (not in the future); 201 new, 200 re-dated. */
export async function recordSkill(ctx: TenantContext, workerId: string, skillId: string, obtainedOn: string) {
  const worker = await findWorker(ctx.tx, workerId, "update");
  const skill = await repo.skillById(ctx.tx, skillId);
  if (!skill) throw validationError([{ path: "skillId", message: "Deze competentie bestaat niet." }]);
  if (obtainedOn > brusselsDateOf(new Date())) throw validationError([{ path: "obtainedOn", message: "Deze datum ligt in de toekomst." }]);
  const earlier = await repo.upsertSkill(ctx.tx, ctx.tenantId, worker.id, skillId, obtainedOn);
  const result = { skillId, name: skill.name, obtainedOn };
  await ctx.audit({
    entity: "worker_skill",
    entityId: worker.id,
    action: earlier !== undefined ? "update" : "create",
    before: earlier !== undefined ? { skillId, name: skill.name, obtainedOn: earlier } : null,
    after: result,
  });
  return { status: earlier !== undefined ? (200 as const) : (201 as const), out: result };
}
