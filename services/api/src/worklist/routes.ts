import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { brusselsDateOf } from "@wijkwerk/domain";
import { errorResponses } from "../schemas/common.ts";
import { evaluationsDueFor, followUpsDueFor } from "../coaching/worklist.ts";
import { coachingSettings } from "../coaching/defaults.ts";
import { loadSettings } from "../settings-store.ts";
import * as repo from "./repository.ts";
import { WorklistOut } from "./schemas.ts";
import { worklistOut } from "./views.ts";

/** The consultant's worklist ("Te doen"): each kind of waiting work with what it needs to be resolved. */
const worklist: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/v1/worklist",
    {
      config: { roles: ["admin", "consultant"] },
      schema: {
        tags: ["reports"],
        summary:
          "What waits for the organisation: disputed hours, proposals to follow, unpaid fees, agreements ending, incomplete workers, coaching evaluations and follow-ups due",
        response: { 200: WorklistOut, ...errorResponses(401, 403) },
      },
    },
    async (request) =>
      request.tenantTx(async ({ tx, tenantId, actor }) => {
        const today = brusselsDateOf(new Date());
        const { agreementEndingNoticeDays } = await loadSettings(tx, tenantId);
        const coaching = {
          evaluationsDue: await evaluationsDueFor(tx, actor, today, await coachingSettings(tx)),
          followUpsDue: await followUpsDueFor(tx, actor, today),
        };
        return worklistOut({
          disputed: await repo.disputedEntries(tx),
          awaiting: await repo.awaitingVouchers(tx),
          proposals: await repo.proposalsToFollow(tx),
          fees: await repo.unpaidFees(tx, today),
          ending: await repo.endingAgreements(tx, today, agreementEndingNoticeDays),
          workers: await repo.incompleteWorkers(tx),
          coaching,
        });
      }),
  );
};

export default worklist;
