import type { FastifyPluginAsync, FastifyRequest } from "fastify";
import { requireRole, sentFailure } from "../context.ts";
import { str, type FormBody } from "../forms.ts";
import {
  durationLabel,
  durationOptions,
  isOrderStep,
  ORDER_STEPS,
  startOptions,
  stepErrors,
  stepOfPath,
  todayInBrussels,
  windowOf,
  type OrderAnswers,
  type OrderStep,
} from "../client-order.ts";
import { activityLabel } from "../i18n/activities.ts";
import { translate } from "../i18n/index.ts";
import { fieldText, problemText } from "../i18n/problem.ts";

/** A client orders a klus, one question per page, with a check page before it is sent (issue 17). */
const clientOrderWizard: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("client") };
  const me = (request: FastifyRequest) => request.session!.subjectId ?? "";

  const answersOf = (b: FormBody): OrderAnswers => ({
    activityCode: str(b, "activityCode"),
    description: str(b, "description"),
    date: str(b, "date"),
    start: str(b, "start"),
    minutes: str(b, "minutes"),
  });

  async function allowedActivities(request: FastifyRequest) {
    const r = await api.request("GET", "/v1/clients/{id}/activities", { params: { id: me(request) }, token: request.session!.token });
    const items = r.ok ? r.data.items : [];
    return {
      unavailable: !r.ok,
      codes: items.map((a) => a.code),
      options: items.map((a) => ({ value: a.code, label: activityLabel(request.lang, a.code, a.name) })),
    };
  }

  async function stepPage(request: FastifyRequest, step: OrderStep, answers: OrderAnswers, extra: Record<string, unknown> = {}) {
    const lang = request.lang;
    const t = (k: string, v: Record<string, unknown> = {}) => translate(lang, k, v);
    const acts = await allowedActivities(request);
    const n = ORDER_STEPS.indexOf(step) + 1;
    const labels: Record<string, string> = {
      activityCode: t("klus.activity.label"),
      description: t("klus.description.label"),
      date: t("klus.when.date"),
      start: t("klus.when.start"),
      minutes: t("klus.duration.label"),
    };
    const errors = (extra.errors as Record<string, string> | undefined) ?? {};
    const errorList = Object.entries(errors).map(([path, message]) => ({ path, label: labels[path] ?? path, message }));
    return {
      title: `${t(`klus.${step}.title`)} – ${t("client.order")}`,
      languageSwitch: true,
      step,
      is: { [step]: true },
      stepText: t("klus.stepOf", { n, total: ORDER_STEPS.length }),
      values: answers,
      review: extra.review === true,
      activities: acts.options,
      unavailable: acts.unavailable,
      durations: durationOptions(lang),
      starts: startOptions(),
      today: todayInBrussels(),
      summary: {
        activity: acts.options.find((o) => o.value === answers.activityCode)?.label ?? answers.activityCode,
        when: /^\d{4}-\d{2}-\d{2}$/.test(answers.date) && /^\d{2}:\d{2}$/.test(answers.start) ? windowOf(answers).from : "",
        duration: Number(answers.minutes) > 0 ? durationLabel(lang, Number(answers.minutes)) : "",
      },
      ...extra,
      errors,
      errorList,
      problem: errorList.length > 0 ? (extra.problem ?? t("klus.error.summary")) : extra.problem,
    };
  }

  app.get("/klant/klus", guard, async (request, reply) =>
    reply.page("client/order", await stepPage(request, "activity", { activityCode: "", description: "", date: "", start: "09:00", minutes: "120" })),
  );

  app.post<{ Body: FormBody }>("/klant/klus", guard, async (request, reply) => {
    const b = request.body;
    const answers = answersOf(b);
    const step: OrderStep = isOrderStep(str(b, "step")) ? (str(b, "step") as OrderStep) : "activity";
    const review = str(b, "review") === "1";
    const edit = str(b, "edit");
    // "Wijzigen" on the check page: back to that one question, then straight back to the check.
    if (isOrderStep(edit)) return reply.page("client/order", await stepPage(request, edit, answers, { review: true }));
    if (str(b, "back")) {
      const prev = ORDER_STEPS[Math.max(0, ORDER_STEPS.indexOf(step) - 1)]!;
      return reply.page("client/order", await stepPage(request, review ? "check" : prev, answers));
    }
    if (step !== "check") {
      const acts = step === "activity" ? (await allowedActivities(request)).codes : [];
      const errors = stepErrors(request.lang, step, answers, acts);
      if (Object.keys(errors).length > 0) return reply.page("client/order", await stepPage(request, step, answers, { errors, review }), 422);
      const next: OrderStep = review ? "check" : ORDER_STEPS[ORDER_STEPS.indexOf(step) + 1]!;
      return reply.page("client/order", await stepPage(request, next, answers));
    }
    // The check page: every answer once more, then to the API.
    const acts = (await allowedActivities(request)).codes;
    for (const s of ORDER_STEPS.slice(0, -1)) {
      const errors = stepErrors(request.lang, s, answers, acts);
      if (Object.keys(errors).length > 0) return reply.page("client/order", await stepPage(request, s, answers, { errors, review: true }), 422);
    }
    const result = await api.request("POST", "/v1/jobs", {
      token: request.session!.token,
      body: {
        clientId: me(request),
        activityCode: answers.activityCode,
        description: answers.description.trim(),
        estimatedMinutes: Number(answers.minutes),
        window: windowOf(answers),
      },
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      if (result.unavailable) return reply.page("client/order", await stepPage(request, "check", answers, { postUnavailable: true }), 503);
      const fieldErrors = result.problem.errors ?? [];
      if (result.problem.code === "validation.failed" && fieldErrors.length > 0) {
        const at = stepOfPath(fieldErrors[0]!.path);
        const name = at === "when" ? "date" : at === "duration" ? "minutes" : at === "activity" ? "activityCode" : "description";
        return reply.page(
          "client/order",
          await stepPage(request, at, answers, { errors: { [name]: fieldText(request.lang, fieldErrors[0]!) }, review: true }),
          422,
        );
      }
      return reply.page("client/order", await stepPage(request, "check", answers, { problem: problemText(request.lang, result.problem) }), 422);
    }
    reply.flash(translate(request.lang, "client.ordered"));
    return reply.redirect(`/klant?nieuw=${result.data.id}#klus-${result.data.id}`, 303);
  });
};

export default clientOrderWizard;
