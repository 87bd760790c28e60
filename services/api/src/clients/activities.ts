import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { sql } from "drizzle-orm";
import { activityRefusal } from "@wijkwerk/domain";
import { notFound } from "../errors/problem.ts";
import { errorResponses, IdParams } from "../schemas/common.ts";

/** What one client may order: the municipality's allowed activities for its type, with the ex-PWA rule (RULES §3, §6). */
const clientActivities: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/v1/clients/:id/activities",
    {
      config: { roles: ["admin", "consultant", "finance", "client"] },
      schema: {
        tags: ["catalogue"],
        summary: "Activities this client may order: allowed for its type in its municipality (RULES §3, §6)",
        description:
          "What a client is offered when ordering a klus (issue 17): a household does not see school crossings or homeless shelters. A client reads its own.",
        params: IdParams,
        response: {
          200: Type.Object({ items: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), category: Type.String() })) }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) =>
      request.tenantTx(async ({ tx, actor }) => {
        if (actor.role === "client" && actor.subjectId !== request.params.id) throw notFound("Deze klant");
        const rows = await tx.execute<{
          code: string;
          name: string;
          category: string;
          ex_pwa_only: boolean;
          client_types: string[];
          type: string;
          ex_pwa_since: string | null;
        }>(sql`
          SELECT a.code, a.name, a.category, a.ex_pwa_only, ma.client_types, c.type, c.ex_pwa_since::text AS ex_pwa_since
            FROM clients c
            JOIN municipality_activities ma ON ma.tenant_id = c.tenant_id AND ma.municipality_id = c.municipality_id
            JOIN activities a ON a.code = ma.activity_code
           WHERE c.tenant_id = app_current_tenant() AND c.id = ${request.params.id}
           ORDER BY a.sort_order, a.code`);
        if (rows.length === 0) {
          const [c] = await tx.execute(sql`SELECT 1 FROM clients WHERE tenant_id = app_current_tenant() AND id = ${request.params.id}`);
          if (!c) throw notFound("Deze klant");
        }
        // The same rule as ordering the job (jobs/create.ts): what is listed can be ordered.
        const items = rows
          .filter((r) => activityRefusal({ exPwaOnly: r.ex_pwa_only }, { type: r.type, exPwaSince: r.ex_pwa_since }, r.client_types) === null)
          .map((r) => ({ code: r.code, name: r.name, category: r.category }));
        return { items };
      }),
  );
};

export default clientActivities;
