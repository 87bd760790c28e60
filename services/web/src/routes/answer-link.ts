import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { str, type FormBody } from "../forms.ts";
import { translate, isLang, type Lang } from "../i18n/index.ts";
import { problemText } from "../i18n/problem.ts";
import { LANG_COOKIE } from "../session.ts";
import { declineReason, reasonChoices, workerAssignmentView, type WorkerAssignmentDetails } from "../worker-assignment.ts";

type CodeParams = { Params: { code: string } };

/**
 * The short answer link from the proposal SMS and mail (issue 17): /j/<code> shows the proposal and
 * answers it without signing in. The page speaks the worker's language unless the language cookie
 * (the switch on the page) says otherwise.
 */
const answerLink: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const pageLang = (request: FastifyRequest, stored: string | undefined): Lang => {
    const cookie = request.cookies[LANG_COOKIE];
    return isLang(cookie) ? cookie : isLang(stored) ? stored : request.lang;
  };

  async function show(request: FastifyRequest<CodeParams>, reply: FastifyReply, extra: Record<string, unknown> = {}, status = 200) {
    const code = request.params.code;
    const result = await api.request("GET", "/v1/answer-links/{code}", { params: { code } });
    if (!result.ok) {
      const lang = request.lang;
      const message = result.unavailable ? translate(lang, "problem.generic") : problemText(lang, result.problem);
      return reply.page("errors/error", { title: translate(lang, "proposal.title"), message, languageSwitch: true }, result.unavailable ? 503 : result.status);
    }
    const details = result.data as WorkerAssignmentDetails;
    const lang = pageLang(request, details.language);
    const failed = extra.failed as Parameters<typeof problemText>[1] | "unavailable" | undefined;
    if (failed) extra = { ...extra, problem: failed === "unavailable" ? translate(lang, "problem.generic") : problemText(lang, failed) };
    const base = `/j/${encodeURIComponent(code)}`;
    return reply.page(
      "worker/answer",
      {
        title: translate(lang, "proposal.title"),
        lang,
        languageSwitch: true,
        view: workerAssignmentView(details, lang),
        action: base,
        declineHref: `${base}/nee`,
        undoAction: `${base}/ongedaan`,
        signedIn: request.session?.role === "worker",
        ...extra,
      },
      status,
    );
  }

  app.get<CodeParams & { Querystring: { ongedaan?: string } }>("/j/:code", async (request, reply) =>
    show(request, reply, request.query.ongedaan === "1" ? { undone: true } : {}),
  );

  // "Ik kan niet": an optional reason first (a few choices and free text), then the decline.
  app.get<CodeParams>("/j/:code/nee", async (request, reply) => {
    const lang = request.cookies[LANG_COOKIE] ? request.lang : await storedLang(request.params.code, request.lang);
    const base = `/j/${encodeURIComponent(request.params.code)}`;
    return reply.page("worker/answer-reason", {
      title: translate(lang, "proposal.reasonTitle"),
      lang,
      languageSwitch: true,
      action: base,
      back: base,
      reasons: reasonChoices(lang),
    });
  });

  async function storedLang(code: string, fallback: Lang): Promise<Lang> {
    const r = await api.request("GET", "/v1/answer-links/{code}", { params: { code } });
    return r.ok && isLang(r.data.language) ? r.data.language : fallback;
  }

  app.post<CodeParams & { Body: FormBody }>("/j/:code", async (request, reply) => {
    const response = str(request.body, "response") === "decline" ? "decline" : "accept";
    const reason = response === "decline" ? declineReason(request.body) : undefined;
    const result = await api.request("POST", "/v1/answer-links/{code}/respond", {
      params: { code: request.params.code },
      body: { response, ...(reason ? { reason } : {}) },
    });
    if (result.ok) return reply.redirect(`/j/${encodeURIComponent(request.params.code)}`, 303);
    return show(request, reply, { failed: result.unavailable ? "unavailable" : result.problem }, 409);
  });

  app.post<CodeParams>("/j/:code/ongedaan", async (request, reply) => {
    const result = await api.request("POST", "/v1/answer-links/{code}/undo", { params: { code: request.params.code } });
    // Post-redirect-get: the page's address stays /j/<code> (the language switch returns there).
    if (result.ok) return reply.redirect(`/j/${encodeURIComponent(request.params.code)}?ongedaan=1`, 303);
    return show(request, reply, { failed: result.unavailable ? "unavailable" : result.problem }, 409);
  });
};

export default answerLink;
