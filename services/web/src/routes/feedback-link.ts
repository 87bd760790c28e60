import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { FEEDBACK_ANSWERS, isFeedbackAnswer } from "@wijkwerk/domain";
import { formatMonth } from "@wijkwerk/notify";
import { str, type FormBody } from "../forms.ts";
import { isLang, translate, type Lang } from "../i18n/index.ts";
import { problemText } from "../i18n/problem.ts";
import { LANG_COOKIE } from "../session.ts";

type CodeParams = { Params: { code: string } };
type Failure = Parameters<typeof problemText>[1] | "unavailable";

/**
 * Issue 19, "client feedback": /f/<code> from the client's SMS or mail asks how the worker's work was
 * in a month; one tap on goed / kan beter / niet goed answers it (with an optional comment first),
 * without signing in. The page speaks the client's language unless the language switch says otherwise.
 */
const feedbackLink: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const pageLang = (request: FastifyRequest, stored: string | undefined): Lang => {
    const cookie = request.cookies[LANG_COOKIE];
    return isLang(cookie) ? cookie : isLang(stored) ? stored : request.lang;
  };

  async function show(request: FastifyRequest<CodeParams>, reply: FastifyReply, failed?: Failure, status = 200) {
    const code = request.params.code;
    const result = await api.request("GET", "/v1/feedback-links/{code}", { params: { code } });
    if (!result.ok) {
      const lang = request.lang;
      const message = result.unavailable ? translate(lang, "problem.generic") : problemText(lang, result.problem);
      return reply.page("errors/error", { title: translate(lang, "feedback.title"), message, languageSwitch: true }, result.unavailable ? 503 : result.status);
    }
    const q = result.data;
    const lang = pageLang(request, q.language);
    const month = formatMonth(`${q.month}-01`, lang);
    const label = (a: string) => translate(lang, `feedback.answer.${a}`);
    return reply.page(
      "feedback/answer",
      {
        title: translate(lang, "feedback.title"),
        lang,
        languageSwitch: true,
        question: translate(lang, "feedback.question", { name: q.workerFirstName, month }),
        intro: translate(lang, "feedback.intro", { organisation: q.organisation }),
        answered: q.state === "answered",
        expired: q.state === "expired",
        answerText: q.answer ? translate(lang, "feedback.yourAnswer", { answer: label(q.answer) }) : null,
        commentText: q.comment ? translate(lang, "feedback.yourComment", { comment: q.comment }) : null,
        choices: FEEDBACK_ANSWERS.map((value) => ({ value, label: label(value), danger: value !== "good" })),
        action: `/f/${encodeURIComponent(code)}`,
        ...(failed ? { problem: failed === "unavailable" ? translate(lang, "problem.generic") : problemText(lang, failed) } : {}),
      },
      status,
    );
  }

  app.get<CodeParams>("/f/:code", async (request, reply) => show(request, reply));

  app.post<CodeParams & { Body: FormBody }>("/f/:code", async (request, reply) => {
    const answer = str(request.body, "answer");
    const comment = str(request.body, "comment").trim();
    // A form without one of the three answers (tampered) is refused, never answered for the client.
    if (!isFeedbackAnswer(answer)) return show(request, reply, { code: "validation.failed", title: translate(request.lang, "problem.generic") }, 422);
    const result = await api.request("POST", "/v1/feedback-links/{code}", {
      params: { code: request.params.code },
      body: { answer, ...(comment ? { comment: comment.slice(0, 1000) } : {}) },
    });
    if (result.ok) return reply.redirect(`/f/${encodeURIComponent(request.params.code)}`, 303);
    return show(request, reply, result.unavailable ? "unavailable" : result.problem, result.unavailable ? 503 : result.status);
  });
};

export default feedbackLink;
