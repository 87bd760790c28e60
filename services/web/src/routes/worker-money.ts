import type { FastifyPluginAsync } from "fastify";
import { formatMonth, formatShortDuration } from "@wijkwerk/notify";
import { requireRole, sentFailure } from "../context.ts";
import { translate } from "../i18n/index.ts";

/** The worker's money (issue 18). */
const workerMoney: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("worker") };

  // Issue 18: what the worker was paid, month by month, and when the next months are paid.
  app.get("/werker/geld", guard, async (request, reply) => {
    const t = (k: string, vars?: Record<string, unknown>) => translate(request.lang, k, vars);
    const subject = request.session!.subjectId ?? "";
    const result = await api.request("GET", "/v1/workers/{id}/payouts", { params: { id: subject }, token: request.session!.token });
    if (sentFailure(request, reply, result)) return reply;
    const data = result.ok ? result.data : undefined;
    const month = (m: string) => formatMonth(m, request.lang);
    return reply.page("worker/money", {
      title: t("pay.title"),
      languageSwitch: true,
      unavailable: !result.ok,
      calendar: (data?.calendar ?? []).map((c) => ({ month: month(c.month), paidOn: c.paidOn })),
      lines: (data?.items ?? []).map((l) => ({
        ...l,
        heading: l.workMonth ? month(l.workMonth) : t("pay.carried", { month: month(l.runMonth) }),
        note: l.kind === "adjustment" ? t("pay.adjustment", { month: month(l.runMonth) }) : undefined,
        hours: formatShortDuration(l.minutes, request.lang),
      })),
    });
  });
};

export default workerMoney;
