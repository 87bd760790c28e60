import type { ApiClient } from "./api.ts";

/**
 * Issue 19, continuity: the worklist's handover cards. Per leaving worker and regular client: the
 * suggested successor first, then the other workers the matching ranks for the client's next visit
 * (the consultant may pick another), and the leaving worker's visits at that client before the end
 * (for the inloopbeurt).
 */
export async function handoverCards(api: ApiClient, token: string) {
  const due = await api.request("GET", "/v1/handovers/due", { token });
  if (!due.ok) return { cards: [], unavailable: true };
  const cards = await Promise.all(
    due.data.items.map(async (item) => {
      const [matches, visits] = await Promise.all([
        item.referenceJobId && !item.handover
          ? api.request("GET", "/v1/jobs/{id}/matches", { params: { id: item.referenceJobId }, token, query: { limit: 10 } })
          : undefined,
        item.handover?.status === "announced" && !item.handover.inloop
          ? api.request("GET", "/v1/assignments", { token, query: { workerId: item.workerId, from: new Date().toISOString(), limit: 50 } })
          : undefined,
      ]);
      const others = (matches?.ok ? matches.data.items : []).filter((m) => m.workerId !== item.workerId && m.workerId !== item.suggestion?.workerId);
      const choices = [
        ...(item.suggestion ? [{ value: item.suggestion.workerId, label: `${item.suggestion.name} (voorstel, score ${item.suggestion.score})` }] : []),
        ...others.map((m) => ({ value: m.workerId, label: `${m.name} (score ${m.score})` })),
      ];
      const endsAt = `${item.endDate}T23:59:59`;
      const inloopVisits = (visits?.ok ? visits.data.items : [])
        .filter((a) => a.clientId === item.clientId && (a.status === "accepted" || a.status === "proposed") && a.startsAt <= endsAt)
        .map((a) => ({ value: `${a.jobId}|${a.startsAt}|${a.endsAt}`, startsAt: a.startsAt, endsAt: a.endsAt }));
      return { ...item, urgent: item.notice === 30, ended: item.daysLeft < 0, choices, inloopVisits };
    }),
  );
  return { cards, unavailable: false };
}
