import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { notFound } from "../errors/problem.ts";
import { errorResponses, Uuid } from "../schemas/common.ts";
import * as repo from "./repository.ts";
import { endSession, liveSessions } from "./sessions.ts";

const STAFF = ["admin", "consultant", "finance"] as const;
const Session = Type.Object({
  id: Uuid,
  signedInAt: Type.String({ format: "date-time" }),
  expiresAt: Type.String({ format: "date-time" }),
  device: Type.Union([Type.String(), Type.Null()], { description: "The browser or program, as it named itself" }),
  secondFactor: Type.Boolean(),
  current: Type.Boolean({ description: "The session of this request" }),
});
const NoContent = Type.Unsafe<void>({ type: "null", description: "Done, without a body" });

/** Issue 20: where one is signed in, ending one of those sessions (a lost phone), or all of them. */
const ownSessions: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/v1/staff/me/sessions",
    {
      config: { roles: STAFF },
      schema: {
        tags: ["staff"],
        summary: "One's own sessions that still work: where and when one signed in",
        response: { 200: Type.Object({ items: Type.Array(Session) }), ...errorResponses(401, 403) },
      },
    },
    async (request) =>
      request.tenantTx(async (ctx) => ({
        items: (await liveSessions(ctx.tx, ctx.actor.sub)).map((s) => ({
          id: s.jti,
          signedInAt: new Date(s.issued_at).toISOString(),
          expiresAt: new Date(s.expires_at).toISOString(),
          device: s.user_agent,
          secondFactor: s.second_factor,
          current: s.jti === ctx.actor.jti,
        })),
      })),
  );

  app.delete(
    "/v1/staff/me/sessions/:id",
    {
      config: { roles: STAFF, errors: ["resource.not_found"] },
      schema: {
        tags: ["staff"],
        summary: "End one of one's sessions (e.g. on a lost phone)",
        params: Type.Object({ id: Uuid }),
        response: { 204: NoContent, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await request.tenantTx(async (ctx) => {
        if (!(await endSession(ctx.tx, ctx.actor.sub, request.params.id))) throw notFound("Deze sessie");
        await ctx.audit({ entity: "staff", entityId: ctx.actor.sub, action: "end_session", after: { session: request.params.id } });
      });
      return reply.status(204).send();
    },
  );

  app.post(
    "/v1/staff/me/sessions/end-all",
    {
      config: { roles: STAFF },
      schema: {
        tags: ["staff"],
        summary: "Sign out everywhere, this session too",
        response: { 204: NoContent, ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      await request.tenantTx(async (ctx) => {
        await repo.updateStaff(ctx.tx, ctx.actor.sub, {}, true);
        await ctx.audit({ entity: "staff", entityId: ctx.actor.sub, action: "sign_out_everywhere" });
      });
      return reply.status(204).send();
    },
  );
};

export default ownSessions;
