import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ApiResult } from "./api.ts";
import type { FormBody } from "./forms.ts";
import { isLang, translate, type Lang } from "./i18n/index.ts";
import { problemText } from "./i18n/problem.ts";
import { LANG_COOKIE } from "./session.ts";

type CodeParams = { Params: { code: string } };
type Failure = Parameters<typeof problemText>[1] | "unavailable";

/** What every question asked by a signed link carries, whatever it asks. */
export interface LinkQuestion {
  /** The language of the person asked: the page speaks it unless the language switch says otherwise. */
  language: string;
  organisation: string;
  state: "open" | "answered" | "expired";
}

/** One kind of question asked by a signed link (/f/<code>, /v/<code>); only what differs between them. */
export interface SignedLinkQuestion<Q extends LinkQuestion, A> {
  /** Where the link points: the page is `${prefix}/<code>`, its form posts back there. */
  prefix: `/${string}`;
  /** The i18n namespace of the page (title, intro): `${keys}.title`, `${keys}.intro`. */
  keys: string;
  template: string;
  read(code: string): Promise<ApiResult<Q>>;
  /** The page's own fields: the question, what was answered, the choices. */
  view(question: Q, lang: Lang): Record<string, unknown>;
  /** The answer the form carries, or undefined when it is not one of the choices (a tampered form). */
  answerOf(body: FormBody): A | undefined;
  answer(code: string, answer: A): Promise<ApiResult<unknown>>;
}

/**
 * The page flow every signed-link question shares, without signing in: show the question in the
 * person's language (or the error the API gives for the code), take one answer, refuse a form
 * that does not carry one of the choices, and show the page again (answered) after a redirect.
 * Written once so that the questions differ only in what they ask.
 */
export function signedLinkPage<Q extends LinkQuestion, A>(app: FastifyInstance, question: SignedLinkQuestion<Q, A>): void {
  const { prefix, keys } = question;
  const pageLang = (request: FastifyRequest, stored: string): Lang => {
    const cookie = request.cookies[LANG_COOKIE];
    return isLang(cookie) ? cookie : isLang(stored) ? stored : request.lang;
  };
  const link = (code: string) => `${prefix}/${encodeURIComponent(code)}`;

  async function show(request: FastifyRequest<CodeParams>, reply: FastifyReply, failed?: Failure, status = 200) {
    const code = request.params.code;
    const result = await question.read(code);
    if (!result.ok) {
      const lang = request.lang;
      const message = result.unavailable ? translate(lang, "problem.generic") : problemText(lang, result.problem);
      return reply.page("errors/error", { title: translate(lang, `${keys}.title`), message, languageSwitch: true }, result.unavailable ? 503 : result.status);
    }
    const q = result.data;
    const lang = pageLang(request, q.language);
    return reply.page(
      question.template,
      {
        title: translate(lang, `${keys}.title`),
        lang,
        languageSwitch: true,
        intro: translate(lang, `${keys}.intro`, { organisation: q.organisation }),
        answered: q.state === "answered",
        expired: q.state === "expired",
        ...question.view(q, lang),
        action: link(code),
        ...(failed ? { problem: failed === "unavailable" ? translate(lang, "problem.generic") : problemText(lang, failed) } : {}),
      },
      status,
    );
  }

  app.get<CodeParams>(`${prefix}/:code`, async (request, reply) => show(request, reply));

  app.post<CodeParams & { Body: FormBody }>(`${prefix}/:code`, async (request, reply) => {
    const answer = question.answerOf(request.body);
    // A form without one of the choices (tampered) is refused, never answered for the person.
    if (answer === undefined) return show(request, reply, { code: "validation.failed", title: translate(request.lang, "problem.generic") }, 422);
    const result = await question.answer(request.params.code, answer);
    if (result.ok) return reply.redirect(link(request.params.code), 303);
    return show(request, reply, result.unavailable ? "unavailable" : result.problem, result.unavailable ? 503 : result.status);
  });
}
