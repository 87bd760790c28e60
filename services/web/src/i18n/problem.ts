import { hasKey, translate, type Lang } from "./index.ts";

/** What the web reads of an API problem (problem+json, API.md). */
export interface ProblemLike {
  code?: string | undefined;
  title: string;
  detail?: string | undefined;
  errors?: { path: string; message: string; rule?: string | undefined; params?: Record<string, unknown> | undefined }[] | undefined;
}

/**
 * An API problem in the reader's language. The API speaks Dutch; clients and workers may not. The
 * stable code picks a sentence from the catalogues (`problem.<code>`); without one, a Dutch reader
 * gets the API's own detail and others a plain "it did not work, call us".
 */
export function problemText(lang: Lang, problem: ProblemLike, vars: Record<string, unknown> = {}): string {
  const key = `problem.${problem.code ?? ""}`;
  if (problem.code && hasKey(key)) return translate(lang, key, vars);
  if (lang === "nl") return problem.detail ?? problem.title;
  return translate(lang, "problem.generic", vars);
}

/** One field error in the reader's language: by its rule (`field.<rule>`) when the API names one. */
export function fieldText(lang: Lang, error: NonNullable<ProblemLike["errors"]>[number]): string {
  const key = `field.${error.rule ?? ""}`;
  if (error.rule && hasKey(key)) return translate(lang, key, error.params ?? {});
  if (lang === "nl") return error.message;
  return translate(lang, "field.generic");
}
