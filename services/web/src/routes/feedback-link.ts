import type { FastifyPluginAsync } from "fastify";
import { FEEDBACK_ANSWERS, isFeedbackAnswer } from "@wijkwerk/domain";
import { formatMonth } from "@wijkwerk/notify";
import { str } from "../forms.ts";
import { translate } from "../i18n/index.ts";
import { signedLinkPage } from "../signed-link-page.ts";

/**
 * Issue 19, "client feedback": /f/<code> from the client's SMS or mail asks how the worker's work was
 * in a month; one tap on goed / kan beter / niet goed answers it (with an optional comment first),
 * without signing in. The page speaks the client's language unless the language switch says otherwise.
 */
const feedbackLink: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  signedLinkPage(app, {
    prefix: "/f",
    keys: "feedback",
    template: "feedback/answer",
    read: (code) => api.request("GET", "/v1/feedback-links/{code}", { params: { code } }),
    view: (q, lang) => {
      const month = formatMonth(`${q.month}-01`, lang);
      const label = (a: string) => translate(lang, `feedback.answer.${a}`);
      return {
        question: translate(lang, "feedback.question", { name: q.workerFirstName, month }),
        answerText: q.answer ? translate(lang, "feedback.yourAnswer", { answer: label(q.answer) }) : null,
        commentText: q.comment ? translate(lang, "feedback.yourComment", { comment: q.comment }) : null,
        choices: FEEDBACK_ANSWERS.map((value) => ({ value, label: label(value), danger: value !== "good" })),
      };
    },
    answerOf: (body) => {
      const answer = str(body, "answer");
      const comment = str(body, "comment").trim();
      return isFeedbackAnswer(answer) ? { answer, ...(comment ? { comment: comment.slice(0, 1000) } : {}) } : undefined;
    },
    answer: (code, body) => api.request("POST", "/v1/feedback-links/{code}", { params: { code }, body }),
  });
};

export default feedbackLink;
