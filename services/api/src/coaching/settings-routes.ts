import { randomUUID } from "node:crypto";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { sql } from "drizzle-orm";
import type { Tx } from "@wijkwerk/db";
import { validateCoachingSettings, type CoachingGoalKind } from "@wijkwerk/domain";
import { AppError, notFound } from "../errors/problem.ts";
import { errorResponses, IdParams } from "../schemas/common.ts";
import { coachingSettings, saveCoachingSettings } from "./defaults.ts";
import { COACHES } from "./routes.ts";
import * as O from "./schemas-out.ts";
import * as S from "./schemas.ts";

const tags = ["coaching"];
type GoalTypeRow = { id: string; name: string; kind: CoachingGoalKind; active: boolean };

async function goalTypes(tx: Tx): Promise<GoalTypeRow[]> {
  await coachingSettings(tx);
  return tx.execute<GoalTypeRow>(sql`
    SELECT id, name, kind, active FROM coaching_goal_types WHERE tenant_id = app_current_tenant() ORDER BY active DESC, position, lower(name)`);
}
const nameTaken = (tx: Tx, name: string, except: string | null) =>
  tx.execute(sql`SELECT 1 FROM coaching_goal_types WHERE tenant_id = app_current_tenant() AND lower(name) = lower(${name}) AND id IS DISTINCT FROM ${except}`);

/** Issue 19: the organisation's evaluation moments and its editable list of goals (competences, attitudes, skills). */
const coachingSettingsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/v1/coaching/settings",
    {
      config: { roles: COACHES },
      schema: { tags, summary: "The evaluation moments of agreements", response: { 200: O.SettingsOut, ...errorResponses(401, 403) } },
    },
    async (request) => request.tenantTx(({ tx }) => coachingSettings(tx)),
  );

  app.put(
    "/v1/coaching/settings",
    {
      config: { roles: ["admin"], errors: ["coaching.settings_invalid"] },
      schema: {
        tags,
        summary: "Set the evaluation moments: months after the agreement's start, and days before its end",
        body: S.SettingsBody,
        response: { 200: O.SettingsOut, ...errorResponses(401, 403, 422) },
      },
    },
    async (request) =>
      request.tenantTx(async (ctx) => {
        const errors = validateCoachingSettings(request.body);
        if (errors.length > 0)
          throw new AppError("coaching.settings_invalid", errors[0]!.message, { errors: errors.map(({ path, message }) => ({ path, message })) });
        const before = await coachingSettings(ctx.tx);
        await saveCoachingSettings(ctx.tx, request.body);
        await ctx.audit({ entity: "coaching_settings", entityId: ctx.tenantId, action: "update", before, after: request.body });
        return coachingSettings(ctx.tx);
      }),
  );

  app.get(
    "/v1/coaching/goal-types",
    {
      config: { roles: COACHES },
      schema: {
        tags,
        summary: "The organisation's goal list, active ones first",
        response: { 200: Type.Object({ items: Type.Array(O.GoalTypeOut) }), ...errorResponses(401, 403) },
      },
    },
    async (request) => request.tenantTx(async ({ tx }) => ({ items: await goalTypes(tx) })),
  );

  app.post(
    "/v1/coaching/goal-types",
    {
      config: { roles: ["admin"], errors: ["coaching.goal_type_name_taken"] },
      schema: { tags, summary: "Add a goal to the list", body: S.GoalTypeBody, response: { 201: O.GoalTypeOut, ...errorResponses(401, 403, 409, 422) } },
    },
    async (request, reply) => {
      const out = await request.tenantTx(async (ctx) => {
        const name = request.body.name.trim();
        const existing = await goalTypes(ctx.tx);
        if ((await nameTaken(ctx.tx, name, null)).length > 0) throw new AppError("coaching.goal_type_name_taken");
        const id = randomUUID();
        await ctx.tx.execute(sql`
          INSERT INTO coaching_goal_types (tenant_id, id, name, kind, position) VALUES (app_current_tenant(), ${id}, ${name}, ${request.body.kind}, ${existing.length})`);
        const row = { id, name, kind: request.body.kind, active: true };
        await ctx.audit({ entity: "coaching_goal_type", entityId: id, action: "create", after: row });
        return row;
      });
      return reply.status(201).send(out);
    },
  );

  app.patch(
    "/v1/coaching/goal-types/:id",
    {
      config: { roles: ["admin"], errors: ["coaching.goal_type_name_taken"] },
      schema: {
        tags,
        summary: "Rename a goal, change its kind, or take it off the list (active: false; workers keep the goals they have)",
        params: IdParams,
        body: S.GoalTypePatch,
        response: { 200: O.GoalTypeOut, ...errorResponses(401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      request.tenantTx(async (ctx) => {
        const before = (await goalTypes(ctx.tx)).find((g) => g.id === request.params.id);
        if (!before) throw notFound("Dit doel");
        const after = { ...before, ...request.body, name: (request.body.name ?? before.name).trim() };
        if ((await nameTaken(ctx.tx, after.name, before.id)).length > 0) throw new AppError("coaching.goal_type_name_taken");
        await ctx.tx.execute(sql`
          UPDATE coaching_goal_types SET name = ${after.name}, kind = ${after.kind}, active = ${after.active} WHERE tenant_id = app_current_tenant() AND id = ${before.id}`);
        await ctx.audit({ entity: "coaching_goal_type", entityId: before.id, action: "update", before, after });
        return after;
      }),
  );
};

export default coachingSettingsRoutes;
