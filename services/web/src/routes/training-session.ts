import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { loadState, requireRole, sentFailure } from "../context.ts";
import { formFailure, list, str, type FormBody } from "../forms.ts";
import { pickWorker } from "../search.ts";

type One = { Params: { id: string } };
type Pick = { workerId?: string; zoek?: string };

const STATUS_NL: Record<string, string> = { enrolled: "ingeschreven", attended: "aanwezig", absent: "afwezig" };
/** Enrolled, attended or absent: a place taken (the API's `enrolled` count includes all three). */
const HOLDS_PLACE = new Set(["enrolled", "attended", "absent"]);

/**
 * One training session: who holds a place, the waitlist in order, enrolling a worker (a full
 * session puts them on the waitlist), giving up a place, and — once the session has begun — the
 * attendance roll, where "aanwezig" grants the training's skill (API: POST …/attendance).
 */
const trainingSession: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "consultant") };
  const here = (id: string) => `/opleidingen/sessies/${encodeURIComponent(id)}`;

  async function page(request: FastifyRequest, id: string, pick: Pick, extra: object) {
    const token = request.session!.token;
    const [session, enrollments, picker] = await Promise.all([
      api.request("GET", "/v1/training-sessions/{id}", { params: { id }, token }),
      api.request("GET", "/v1/training-sessions/{id}/enrollments", { params: { id }, token }),
      pickWorker(api, token, pick),
    ]);
    if (!session.ok) return { session };
    const items = loadState(enrollments).data?.items ?? [];
    const s = session.data;
    const started = Date.parse(s.startsAt) <= Date.now();
    return {
      session,
      data: {
        title: `${s.trainingName}, sessie`,
        s,
        action: here(id),
        started,
        full: s.enrolled >= s.capacity,
        holders: items.filter((e) => HOLDS_PLACE.has(e.status)).map((e) => ({ ...e, statusLabel: STATUS_NL[e.status], attended: e.status === "attended" })),
        waitlist: items.filter((e) => e.status === "waitlisted").sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0)),
        unavailable: !enrollments.ok,
        picker,
        ...extra,
      },
    };
  }

  async function show(request: FastifyRequest, reply: FastifyReply, id: string, pick: Pick, extra: object = {}, status = 200) {
    const p = await page(request, id, pick, extra);
    if (sentFailure(request, reply, p.session)) return reply;
    if (!p.data)
      return reply.page("errors/error", { title: "Niet gevonden", message: "Deze opleidingssessie bestaat niet." }, p.session.ok ? 404 : p.session.status);
    return reply.page("trainings/session", p.data, status);
  }

  app.get<One & { Querystring: Pick }>("/opleidingen/sessies/:id", guard, async (request, reply) => show(request, reply, request.params.id, request.query));

  app.post<One & { Body: FormBody }>("/opleidingen/sessies/:id/inschrijven", guard, async (request, reply) => {
    const workerId = str(request.body, "workerId");
    const result = await api.request("POST", "/v1/training-sessions/{id}/enrollments", {
      params: { id: request.params.id },
      token: request.session!.token,
      body: { workerId },
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok)
      return show(request, reply, request.params.id, { workerId }, formFailure(result.problem, { workerId: "Wijk-werker" }), result.status === 409 ? 409 : 422);
    reply.flash(
      result.data.status === "waitlisted"
        ? `De sessie is volzet: de wijk-werker staat op de wachtlijst (plaats ${result.data.waitlistPosition ?? "?"}).`
        : "De wijk-werker heeft een plaats.",
    );
    return reply.redirect(here(request.params.id), 303);
  });

  app.post<{ Params: { id: string; workerId: string } }>("/opleidingen/sessies/:id/uitschrijven/:workerId", guard, async (request, reply) => {
    const { id, workerId } = request.params;
    const result = await api.request("POST", "/v1/training-sessions/{id}/enrollments/{workerId}/cancel", {
      params: { id, workerId },
      token: request.session!.token,
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) return show(request, reply, id, {}, { problem: result.problem.detail ?? result.problem.title }, result.status);
    reply.flash(result.data.promotedWorkerId ? "Uitgeschreven. De eerste op de wachtlijst heeft nu die plaats en krijgt bericht." : "Uitgeschreven.");
    return reply.redirect(here(id), 303);
  });

  // The roll: every holder shown is sent, ticked = attended, not ticked = absent; unchanged ones are skipped.
  app.post<One & { Body: FormBody }>("/opleidingen/sessies/:id/aanwezigheid", guard, async (request, reply) => {
    const token = request.session!.token;
    const id = request.params.id;
    const present = new Set(list(request.body, "attended"));
    const before = await api.request("GET", "/v1/training-sessions/{id}/enrollments", { params: { id }, token });
    if (sentFailure(request, reply, before)) return reply;
    if (!before.ok) return show(request, reply, id, {}, { problem: before.problem.detail ?? before.problem.title }, before.status);
    const shown = new Set(list(request.body, "holder"));
    const changes = before.data.items
      .filter((e) => shown.has(e.workerId) && HOLDS_PLACE.has(e.status))
      .filter((e) => e.status !== (present.has(e.workerId) ? "attended" : "absent"));
    const failed: { path: string; label: string; message: string }[] = [];
    let granted = 0;
    for (const e of changes) {
      const r = await api.request("POST", "/v1/training-sessions/{id}/attendance", {
        params: { id },
        token,
        body: { workerId: e.workerId, attended: present.has(e.workerId) },
      });
      if (sentFailure(request, reply, r)) return reply;
      if (!r.ok) failed.push({ path: "attended", label: `${e.firstName} ${e.lastName}`, message: r.problem.detail ?? r.problem.title });
      else if (r.data.skill) granted++;
    }
    if (failed.length > 0) return show(request, reply, id, {}, { problem: "De aanwezigheid is niet voor iedereen bewaard.", errorList: failed }, 409);
    reply.flash(
      changes.length === 0
        ? "Er was niets te wijzigen."
        : `De aanwezigheid is bewaard.${granted > 0 ? ` ${granted} wijk-werker(s) kregen de competentie.` : ""}`,
    );
    return reply.redirect(here(id), 303);
  });
};

export default trainingSession;
