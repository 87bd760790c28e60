import { activityPermitted } from "@wijkwerk/domain";
import type { TenantContext } from "../context.ts";
import { AppError, notFound, validationError } from "../errors/problem.ts";
import * as repo from "./repository.ts";
import type { CreateBodyT } from "./schemas.ts";
import { activityRequestOut } from "./views.ts";

/**
 * A client asks to add an activity (RULES §3, S19/S25), itself or through a consultant. An
 * activity the municipality already offers to this kind of client is refused: it can be ordered
 * as a job today, and telling so helps the client more than a request the admin must answer.
 */
export async function askActivity(ctx: TenantContext, body: CreateBodyT) {
  if (ctx.actor.role === "client" && ctx.actor.subjectId !== body.clientId) throw new AppError("auth.forbidden", "U kan alleen voor uzelf iets vragen.");
  const wish = body.wish.trim();
  if (wish === "") throw validationError([{ path: "wish", message: "Schrijf in een paar woorden wat u graag zou laten doen." }]);
  const client = await repo.clientPlace(ctx.tx, body.clientId);
  if (!client) throw notFound("Deze klant");
  const code = body.activityCode ?? null;
  if (code !== null) {
    if ((await repo.permittedTypes(ctx.tx, code)) === undefined)
      throw validationError([{ path: "activityCode", message: "Deze activiteit staat niet op de Vlaamse lijst. Beschrijf uw vraag in woorden." }]);
    if (activityPermitted(client.type, await repo.municipalityPermits(ctx.tx, client.municipality_id, code))) {
      throw new AppError("activity_request.already_allowed", "Deze activiteit kan u al bestellen als klus.", {
        errors: [{ path: "activityCode", message: "Kan al besteld worden." }],
      });
    }
  }
  const id = await repo.insertRequest(ctx.tx, ctx.tenantId, { clientId: client.id, municipalityId: client.municipality_id, activityCode: code, wish });
  const created = activityRequestOut((await repo.findRequest(ctx.tx, id))!);
  await ctx.audit({ entity: "activity_request", entityId: id, action: "create", after: created });
  return created;
}
