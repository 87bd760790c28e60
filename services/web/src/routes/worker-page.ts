import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { brusselsDateOf } from "@wijkwerk/domain";
import type { ApiResult } from "../api.ts";
import { bar } from "../capacity.ts";
import { requireRole, sentFailure } from "../context.ts";
import { compact, echo, formFailure, list, optional, str, type FormBody } from "../forms.ts";
import { activities, WEEKDAYS } from "../refdata.ts";

const labels: Record<string, string> = {
  startDate: "Begindatum",
  endDate: "Einddatum",
  reReferralDate: "Datum van de nieuwe doorverwijzing",
  pwaAgreementDate: "Begindatum van die PWA-overeenkomst",
  skillId: "Competentie",
  obtainedOn: "Behaald op",
  activityCodes: "Activiteiten",
  availability: "Beschikbaarheid",
  "availability.from": "Beschikbaar van",
  "availability.to": "Beschikbaar tot",
};

type Params = { Params: { id: string } };

/**
 * A wijk-werker's page (issue 16, "Registration that leads somewhere"): capacity and agreements,
 * and the next steps that make the worker appear in match lists (agreement, skills, activities,
 * availability), each with its form on the same page.
 */
const workerPage: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "consultant") };

  const SMS_OUTCOME: Record<string, string> = {
    accepted: "Aanvaard",
    declined: "Geweigerd",
    opted_out: "Wil geen sms meer (STOP)",
    opted_in: "Wil weer sms (START)",
    no_open_proposal: "Geen open voorstel; uitleg gestuurd",
    not_pending: "Voorstel niet meer open",
    job_taken: "Klus al door iemand anders aanvaard",
    unclear: "Niet begrepen",
  };

  async function page(request: FastifyRequest<Params>, extra: Record<string, unknown> = {}) {
    const token = request.session!.token;
    const id = request.params.id;
    const [worker, capacity, agreements, skills, acts, smsReplies, preferences] = await Promise.all([
      api.request("GET", "/v1/workers/{id}", { params: { id }, token }),
      api.request("GET", "/v1/workers/{id}/capacity", { params: { id }, token }),
      api.request("GET", "/v1/workers/{id}/agreements", { params: { id }, token }),
      api.request("GET", "/v1/skills", { token, query: { limit: 200 } }),
      activities(api, token),
      api.request("GET", "/v1/workers/{id}/sms-replies", { params: { id }, token, query: { limit: 20 } }),
      api.request("GET", "/v1/workers/{id}/preferences", { params: { id }, token }),
    ]);
    const w = worker.ok ? worker.data : undefined;
    const cap = capacity.ok ? capacity.data : undefined;
    const agreementList = agreements.ok ? agreements.data.items : [];
    const today = brusselsDateOf(new Date());
    const current = agreementList.some((a) => a.startDate <= today && (a.endDate === null || a.endDate >= today));
    const held = new Set(w?.activityCodes ?? []);
    const days = new Set((w?.availability ?? []).map((a) => String(a.weekday)));
    return {
      title: w ? `${w.firstName} ${w.lastName}` : "Wijk-werker",
      worker: w,
      unavailable: !worker.ok,
      // Issue 20: no SMS and no e-mail reach this worker; the consultant has to call.
      unreachable: preferences.ok && preferences.data.unreachable,
      smsOff: preferences.ok && !preferences.data.sms,
      capacityUnavailable: !capacity.ok,
      bars: [bar("Deze maand", cap?.month), bar("Dit jaar", cap?.year)].filter(Boolean),
      agreement: cap?.agreement,
      agreements: agreementList,
      steps: w
        ? [
            { done: current, label: "Een lopende overeenkomst", href: "#overeenkomst" },
            { done: w.activityCodes.length > 0, label: "Activiteiten die hij of zij wil doen", href: "#activiteiten" },
            { done: w.availability.length > 0, label: "Wanneer beschikbaar", href: "#beschikbaarheid" },
            { done: w.skills.length > 0, label: "Competenties (voor tuin, opvang en andere activiteiten die er een vragen)", href: "#competenties" },
          ]
        : [],
      skillOptions: skills.ok ? skills.data.items.map((s) => ({ value: s.id, label: s.name })) : [],
      activityChoices: acts.items.map((a) => ({ code: a.code, name: a.name, checked: held.has(a.code) })),
      weekdays: WEEKDAYS.map((d) => ({ ...d, checked: days.has(d.value) })),
      availabilityFrom: w?.availability[0]?.from ?? "08:00",
      availabilityTo: w?.availability[0]?.to ?? "17:00",
      values: { obtainedOn: today },
      refUnavailable: !skills.ok || acts.unavailable,
      // Issue 17: every SMS the worker sent us, with what we made of it.
      smsReplies: smsReplies.ok ? smsReplies.data.items.map((r) => ({ ...r, outcomeText: SMS_OUTCOME[r.outcome] ?? r.outcome })) : [],
      ...extra,
    };
  }

  app.get<Params>("/werkers/:id", guard, async (request, reply) => {
    const data = await page(request);
    if (!data.worker && !data.unavailable) return reply.page("errors/error", { title: "Niet gevonden", message: "Deze wijk-werker bestaat niet." }, 404);
    return reply.page("workers/detail", data);
  });

  /** After a change: back to the page with a message, or the page with the API's reason at the form (`section`). */
  async function answered(
    request: FastifyRequest<Params & { Body: FormBody }>,
    reply: FastifyReply,
    result: ApiResult<unknown>,
    section: string,
    done: string,
  ) {
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const state = formFailure(result.problem, labels);
      // The API names the missing re-referral as a whole; the form asks for its date.
      if (state.errors.reReferral) state.errors.reReferralDate = state.errors.reReferral;
      if (state.errors["reReferral.date"]) state.errors.reReferralDate = state.errors["reReferral.date"];
      return reply.page(
        "workers/detail",
        await page(request, { ...state, values: echo(request.body), failed: section, postUnavailable: result.unavailable }),
        result.unavailable ? 503 : 422,
      );
    }
    reply.flash(done);
    return reply.redirect(`/werkers/${encodeURIComponent(request.params.id)}#${section}`, 303);
  }

  type Post = Params & { Body: FormBody };
  app.post<Post>("/werkers/:id/overeenkomst", guard, async (request, reply) => {
    const b = request.body;
    const reReferralDate = str(b, "reReferralDate");
    const body = compact({
      startDate: str(b, "startDate"),
      endDate: optional(str(b, "endDate")),
      // RULES §1: the PWA exemption with the date of that PWA agreement; a re-referral with its date and referrer.
      legacyPwa: str(b, "legacyPwa") === "on" ? true : undefined,
      pwaAgreementDate: optional(str(b, "pwaAgreementDate")),
      reReferral: reReferralDate ? { date: reReferralDate, referrer: str(b, "reReferredBy") || "vdab" } : undefined,
    });
    const result = await api.request("POST", "/v1/workers/{id}/agreements", { params: { id: request.params.id }, token: request.session!.token, body });
    return answered(request, reply, result, "overeenkomst", "De overeenkomst is bewaard.");
  });

  app.post<Post>("/werkers/:id/competentie", guard, async (request, reply) => {
    const body = { skillId: str(request.body, "skillId"), obtainedOn: str(request.body, "obtainedOn") };
    const result = await api.request("POST", "/v1/workers/{id}/skills", { params: { id: request.params.id }, token: request.session!.token, body });
    return answered(request, reply, result, "competenties", "De competentie is bewaard.");
  });

  app.post<Post>("/werkers/:id/activiteiten", guard, async (request, reply) => {
    const body = { activityCodes: list(request.body, "activityCodes") };
    const result = await api.request("PATCH", "/v1/workers/{id}", { params: { id: request.params.id }, token: request.session!.token, body });
    return answered(request, reply, result, "activiteiten", "De activiteiten zijn bewaard.");
  });

  app.post<Post>("/werkers/:id/beschikbaarheid", guard, async (request, reply) => {
    const from = str(request.body, "availabilityFrom") || "08:00";
    const to = str(request.body, "availabilityTo") || "17:00";
    const body = { availability: list(request.body, "weekday").map((d) => ({ weekday: Number(d), from, to })) };
    const result = await api.request("PATCH", "/v1/workers/{id}", { params: { id: request.params.id }, token: request.session!.token, body });
    return answered(request, reply, result, "beschikbaarheid", "De beschikbaarheid is bewaard.");
  });
};

export default workerPage;
