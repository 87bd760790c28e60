import type { FastifyPluginAsync } from "fastify";
import { FOLLOW_UP_SMS_ANSWERS, isFollowUpSmsAnswer } from "@wijkwerk/domain";
import { str } from "../forms.ts";
import { translate } from "../i18n/index.ts";
import { signedLinkPage } from "../signed-link-page.ts";

/**
 * Issue 19, "exit follow-up asked by SMS": /v/<code> asks the former worker, 9 months after the
 * exit, whether they work now; one tap (werk / opleiding / geen werk) answers it without signing in.
 * The page speaks the worker's language unless the language switch says otherwise.
 */
const followUpLink: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  signedLinkPage(app, {
    prefix: "/v",
    keys: "followup",
    template: "feedback/follow-up",
    read: (code) => api.request("GET", "/v1/follow-up-links/{code}", { params: { code } }),
    view: (q, lang) => {
      const label = (a: string) => translate(lang, `followup.answer.${a}`);
      return {
        question: translate(lang, "followup.question", { name: q.firstName }),
        answerText: q.situation ? translate(lang, "followup.yourAnswer", { answer: label(q.situation) }) : null,
        choices: FOLLOW_UP_SMS_ANSWERS.map((value) => ({ value, label: label(value) })),
      };
    },
    answerOf: (body) => {
      const situation = str(body, "situation");
      return isFollowUpSmsAnswer(situation) ? { situation } : undefined;
    },
    answer: (code, body) => api.request("POST", "/v1/follow-up-links/{code}", { params: { code }, body }),
  });
};

export default followUpLink;
