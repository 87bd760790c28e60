import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { FOLLOW_UP_SMS_ANSWERS, isFollowUpSmsAnswer } from "@wijkwerk/domain";
import { str, type FormBody } from "../forms.ts";
import { isLang, translate, type Lang } from "../i18n/index.ts";
import { problemText } from "../i18n/problem.ts";
import { LANG_COOKIE } from "../session.ts";

type CodeParams = { Params: { code: string } };
type Failure = Parameters<typeof problemText>[1] | "unavailable";

/**
 * Issue 19, "exit follow-up asked by SMS": /v/<code> asks the former worker, 9 months after the
 * exit, whether they work now; one tap (werk / opleiding / geen werk) answers it without signing in.
 * The page speaks the worker's language unless the language switch says otherwise.
 */
const followUpLink: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const pageLang = (request: FastifyRequest, stored: string | undefined): Lang => {
    const cookie = request.cookies[LANG_COOKIE];
    return isLang(cookie) ? cookie : isLang(stored) ? stored : request.lang;
  };

  async function show(request: FastifyRequest<CodeParams>, reply: FastifyReply, failed?: Failure, status = 200) {
    const code = request.params.code;
    const result = await api.request("GET", "/v1/follow-up-links/{code}", { params: { code } });
    if (!result.ok) {
      const lang = request.lang;
      const message = result.unavailable ? translate(lang, "problem.generic") : problemText(lang, result.problem);
      return reply.page("errors/error", { title: translate(lang, "followup.title"), message, languageSwitch: true }, result.unavailable ? 503 : result.status);
    }
    const q = result.data;
    const lang = pageLang(request, q.language);
    const label = (a: string) => translate(lang, `followup.answer.${a}`);
    return reply.page(
      "feedback/follow-up",
      {
        title: translate(lang, "followup.title"),
        lang,
        languageSwitch: true,
        question: translate(lang, "followup.question", { name: q.firstName }),
        intro: translate(lang, "followup.intro", { organisation: q.organisation }),
        answered: q.state === "answered",
        expired: q.state === "expired",
        answerText: q.situation ? translate(lang, "followup.yourAnswer", { answer: label(q.situation) }) : null,
        choices: FOLLOW_UP_SMS_ANSWERS.map((value) => ({ value, label: label(value) })),
        action: `/v/${encodeURIComponent(code)}`,
        ...(failed ? { problem: failed === "unavailable" ? translate(lang, "problem.generic") : problemText(lang, failed) } : {}),
      },
      status,
    );
  }

  app.get<CodeParams>("/v/:code", async (request, reply) => show(request, reply));

  app.post<CodeParams & { Body: FormBody }>("/v/:code", async (request, reply) => {
    const situation = str(request.body, "situation");
    // A form without one of the three answers (tampered) is refused, never answered for the worker.
    if (!isFollowUpSmsAnswer(situation)) return show(request, reply, { code: "validation.failed", title: translate(request.lang, "problem.generic") }, 422);
    const result = await api.request("POST", "/v1/follow-up-links/{code}", { params: { code: request.params.code }, body: { situation } });
    if (result.ok) return reply.redirect(`/v/${encodeURIComponent(request.params.code)}`, 303);
    return show(request, reply, result.unavailable ? "unavailable" : result.problem, result.unavailable ? 503 : result.status);
  });
};

export default followUpLink;
