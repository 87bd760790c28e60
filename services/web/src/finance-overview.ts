import type { FastifyReply, FastifyRequest } from "fastify";
import type { ApiClient } from "./api.ts";
import { loadState, sentFailure } from "./context.ts";
import { ibanGroups, RUN_STATUS, UNMATCHED } from "./finance-forms.ts";

/**
 * The finance overview (/financien): the payout runs, the unmatched payments and the organisation's
 * account with its form filled in. Every finance form answers with it, a message or errors added.
 */
export async function financeOverview(api: ApiClient, request: FastifyRequest, reply: FastifyReply, extra: Record<string, unknown> = {}, status = 200) {
  const token = request.session!.token;
  const [runs, unmatched, account] = await Promise.all([
    api.request("GET", "/v1/payout-runs", { token, query: { limit: 24 } }),
    api.request("GET", "/v1/payments", { token, query: { status: "unmatched", limit: 50 } }),
    api.request("GET", "/v1/organisation-account", { token }),
  ]);
  if (sentFailure(request, reply, runs)) return reply;
  const runState = loadState(runs);
  const now = new Date();
  const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
  return reply.page(
    "finance/overview",
    {
      title: "Financiën",
      runs: (runState.data?.items ?? []).map((r) => ({
        ...r,
        statusLabel: RUN_STATUS[r.status] ?? r.status,
        canApprove: r.status === "draft",
        oneLine: r.lineCount === 1,
      })),
      runsUnavailable: runState.unavailable,
      unmatched: unmatched.ok
        ? unmatched.data.items.map((p) => ({ ...p, reason: p.unmatchedReason ? (UNMATCHED[p.unmatchedReason] ?? p.unmatchedReason) : "" }))
        : [],
      unmatchedUnavailable: !unmatched.ok,
      // 404 resource.not_found: no account entered yet (the form is then empty).
      account: account.ok ? { ...account.data, ibanGroups: ibanGroups(account.data.iban) } : null,
      accountUnavailable: !account.ok && account.unavailable,
      values: {
        month: lastMonth,
        paidOn: now.toISOString().slice(0, 10),
        ...(account.ok
          ? {
              accountName: account.data.name,
              iban: ibanGroups(account.data.iban),
              bic: account.data.bic ?? "",
              enterpriseNumber: account.data.enterpriseNumber ?? "",
              orgStreet: account.data.address?.street ?? "",
              orgNumber: account.data.address?.number ?? "",
              orgPostalCode: account.data.address?.postalCode ?? "",
              orgCity: account.data.address?.city ?? "",
            }
          : {}),
      },
      ...extra,
    },
    status,
  );
}
