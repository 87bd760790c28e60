import { randomUUID } from "node:crypto";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { brusselsDateOf } from "@wijkwerk/domain";
import type { ApiResult } from "../api.ts";
import { requireRole, sentFailure } from "../context.ts";
import { echo, formFailure, num, str, type FormBody } from "../forms.ts";

const STATUS: Record<string, string> = {
  submitted: "Wacht op de klant",
  confirmed: "Bevestigd",
  disputed: "Betwist door de klant",
  awaiting_vouchers: "Wacht op cheques",
  cancelled: "Vervangen of geannuleerd",
};
const LABELS = { assignmentId: "Opdracht", date: "Datum", minutes: "Minuten gewerkt", travelKm: "Kilometers heen en terug", reason: "Wat klopt er niet?" };
/** Entries a consultant can still settle for a client. */
const OPEN = ["submitted", "disputed", "awaiting_vouchers"] as const;

/**
 * Acting on behalf (issue 16): a consultant enters the hours a worker reports by phone, and
 * confirms, disputes or corrects hours for a client who phones or comes to the zitdag.
 */
const hoursOnBehalf: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "consultant") };

  async function workerHours(request: FastifyRequest<{ Params: { id: string } }>, values: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    const token = request.session!.token;
    const workerId = request.params.id;
    const today = brusselsDateOf(new Date());
    const from = new Date(Date.now() - 60 * 86_400_000).toISOString();
    const [worker, assignments, entries] = await Promise.all([
      api.request("GET", "/v1/workers/{id}", { params: { id: workerId }, token }),
      api.request("GET", "/v1/assignments", { token, query: { workerId, from, limit: 100 } }),
      api.request("GET", "/v1/time-entries", { token, query: { workerId, month: today.slice(0, 7), limit: 100 } }),
    ]);
    const options = assignments.ok
      ? assignments.data.items
          .filter((a) => a.status === "accepted" && brusselsDateOf(a.startsAt) <= today)
          .map((a) => ({ value: a.id, label: `${brusselsDateOf(a.startsAt)}, ${a.minutes} minuten gepland` }))
      : [];
    return {
      title: worker.ok ? `Uren van ${worker.data.firstName} ${worker.data.lastName}` : "Uren",
      worker: worker.ok ? worker.data : undefined,
      workerId,
      values,
      assignments: options,
      entries: entries.ok ? entries.data.items.map((e) => ({ ...e, statusLabel: STATUS[e.status] ?? e.status })) : [],
      unavailable: !worker.ok || !assignments.ok || !entries.ok,
      ...extra,
    };
  }

  app.get<{ Params: { id: string } }>("/werkers/:id/uren", guard, async (request, reply) =>
    reply.page("workers/hours", await workerHours(request, { date: brusselsDateOf(new Date()), travelKm: "0" })),
  );

  app.post<{ Params: { id: string }; Body: FormBody }>("/werkers/:id/uren", guard, async (request, reply) => {
    const b = request.body;
    const body = { assignmentId: str(b, "assignmentId"), date: str(b, "date"), minutes: num(b, "minutes") ?? "", travelKm: num(b, "travelKm") ?? 0 };
    const result = await api.request("POST", "/v1/time-entries", { token: request.session!.token, idempotencyKey: str(b, "idem") || randomUUID(), body });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok)
      return reply.page(
        "workers/hours",
        await workerHours(request, echo(b), { ...formFailure(result.problem, LABELS), postUnavailable: result.unavailable }),
        result.unavailable ? 503 : 422,
      );
    reply.flash(`De uren zijn ingegeven: ${result.data.vouchers} cheque(s). De klant kan ze nu bevestigen.`);
    return reply.redirect(`/werkers/${encodeURIComponent(request.params.id)}/uren`, 303);
  });

  async function clientHours(request: FastifyRequest<{ Params: { id: string } }>, extra: Record<string, unknown> = {}) {
    const token = request.session!.token;
    const clientId = request.params.id;
    const [client, ...lists] = await Promise.all([
      api.request("GET", "/v1/clients/{id}", { params: { id: clientId }, token }),
      ...OPEN.map((status) => api.request("GET", "/v1/time-entries", { token, query: { clientId, status, limit: 100 } })),
    ]);
    const entries = lists.flatMap((l) => (l.ok ? l.data.items : [])).sort((a, b) => a.date.localeCompare(b.date));
    const names = new Map<string, string>();
    await Promise.all(
      [...new Set(entries.map((e) => e.workerId))].map(async (id) => {
        const w = await api.request("GET", "/v1/workers/{id}", { params: { id }, token });
        if (w.ok) names.set(id, `${w.data.firstName} ${w.data.lastName}`);
      }),
    );
    return {
      title: client.ok ? `Uren voor ${client.data.name}` : "Uren",
      client: client.ok ? client.data : undefined,
      clientId,
      entries: entries.map((e) => ({
        ...e,
        statusLabel: STATUS[e.status] ?? e.status,
        workerName: names.get(e.workerId) ?? "Wijk-werker",
        disputable: e.status === "submitted",
      })),
      unavailable: !client.ok || lists.some((l) => !l.ok),
      ...extra,
    };
  }

  app.get<{ Params: { id: string } }>("/klanten/:id/uren", guard, async (request, reply) => reply.page("clients/hours", await clientHours(request)));

  /** After an action on an entry: back to the client's hours with a message, or the page with the API's reason. */
  async function answered(
    request: FastifyRequest<{ Params: { id: string; entryId: string }; Body: FormBody }>,
    reply: FastifyReply,
    result: ApiResult<unknown>,
    done: string,
  ) {
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok)
      return reply.page(
        "clients/hours",
        await clientHours(request, { ...formFailure(result.problem, LABELS), failedEntry: request.params.entryId, postUnavailable: result.unavailable }),
        result.unavailable ? 503 : result.status === 409 ? 409 : 422,
      );
    reply.flash(done);
    // Acted on from the worklist: back there (the only other page these forms come from).
    const back = str(request.body ?? {}, "terug") === "/te-doen" ? "/te-doen" : `/klanten/${encodeURIComponent(request.params.id)}/uren`;
    return reply.redirect(back, 303);
  }

  type EntryAction = { Params: { id: string; entryId: string }; Body: FormBody };
  app.post<EntryAction>("/klanten/:id/uren/:entryId/bevestigen", guard, async (request, reply) => {
    const result = await api.request("POST", "/v1/time-entries/{id}/confirm", { params: { id: request.params.entryId }, token: request.session!.token });
    // Confirmed hours the wallet cannot pay wait for cheques: say so, not just "confirmed".
    const waits = result.ok && result.data.status === "awaiting_vouchers";
    return answered(
      request,
      reply,
      result,
      waits ? "De uren zijn bevestigd, maar de klant heeft te weinig cheques: ze wachten op cheques." : "De uren zijn bevestigd.",
    );
  });
  app.post<EntryAction>("/klanten/:id/uren/:entryId/betwisten", guard, async (request, reply) => {
    const result = await api.request("POST", "/v1/time-entries/{id}/dispute", {
      params: { id: request.params.entryId },
      token: request.session!.token,
      body: { reason: str(request.body, "reason") },
    });
    return answered(request, reply, result, "De betwisting is genoteerd.");
  });
  app.post<EntryAction>("/klanten/:id/uren/:entryId/verbeteren", guard, async (request, reply) => {
    const b = request.body;
    const result = await api.request("POST", "/v1/time-entries/{id}/correct", {
      params: { id: request.params.entryId },
      token: request.session!.token,
      idempotencyKey: str(b, "idem") || randomUUID(),
      body: { minutes: num(b, "minutes") ?? "", travelKm: num(b, "travelKm") ?? 0 },
    });
    return answered(request, reply, result, "De uren zijn verbeterd. De klant kan de nieuwe uren bevestigen.");
  });
};

export default hoursOnBehalf;
