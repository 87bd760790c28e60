import { DateTime } from "luxon";
import type { Lang } from "./i18n/index.ts";
import { fieldText, problemText, type ProblemLike } from "./i18n/problem.ts";

/** Form bodies from @fastify/formbody: every value a string (or a list for repeated names). */
export type FormBody = Record<string, string | string[] | undefined>;

export function str(body: FormBody, name: string): string {
  const v = body[name];
  return (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
}

export function list(body: FormBody, name: string): string[] {
  const v = body[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/**
 * Text from a form field as the API wants it: a number when it looks like one, left as text
 * otherwise so the API answers with its own Dutch message for that field ("Moet een getal zijn").
 */
export function num(body: FormBody, name: string): number | string | undefined {
  const v = str(body, name).replace(",", ".");
  if (v === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
}

export function optional(value: string): string | undefined {
  return value === "" ? undefined : value;
}

/** Drops undefined values so optional fields are left out of the JSON body. */
export function compact<T extends Record<string, unknown>>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}

/** The address fields' labels, for the error summary of every form that has them. */
export const ADDRESS_LABELS: Record<string, string> = {
  "address.street": "Straat",
  "address.number": "Huisnummer",
  "address.postalCode": "Postcode",
  "address.municipalityId": "Gemeente",
  "address.neighbourhoodId": "Wijk",
};

/** The address fields every registration form shares (API.md Address). */
export function addressOf(body: FormBody) {
  return {
    street: str(body, "address.street"),
    number: str(body, "address.number"),
    postalCode: str(body, "address.postalCode"),
    municipalityId: str(body, "address.municipalityId"),
    neighbourhoodId: str(body, "address.neighbourhoodId"),
  };
}

/** Form values to show back after a failed submit, without the CSRF token. */
export function echo(body: FormBody): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(body)) if (k !== "_csrf" && v !== undefined) out[k] = v;
  return out;
}

/** Local date-time from <input type="datetime-local"> → ISO with the Brussels offset (DST safe). */
export function localToIso(value: string): string | undefined {
  if (value === "") return undefined;
  const dt = DateTime.fromISO(value, { zone: "Europe/Brussels" });
  return dt.isValid ? (dt.toISO({ suppressMilliseconds: true }) ?? value) : value;
}

export interface FormState {
  problem?: string;
  errors: Record<string, string>;
  errorList: { path: string; label: string; message: string }[];
}

/**
 * A failed API call as the form shows it: each `errors[].path` next to its field, and all of
 * them in the summary at the top (so an error on a field the form lacks is never lost). With the
 * reader's language (client and worker pages) the messages come from the catalogues, by the
 * problem's code and each field's rule; staff pages read the API's Dutch as it is.
 */
export function formFailure(problem: ProblemLike, labels: Record<string, string>, lang?: Lang): FormState {
  const errors: Record<string, string> = {};
  const errorList: FormState["errorList"] = [];
  for (const e of problem.errors ?? []) {
    if (e.path in errors) continue;
    const message = lang ? fieldText(lang, e) : e.message;
    errors[e.path] = message;
    errorList.push({ path: e.path, label: labels[e.path] ?? e.path, message });
  }
  return { problem: lang ? problemText(lang, problem) : (problem.detail ?? problem.title), errors, errorList };
}

/** Errors on `postalCodes.2` or `adjacentIds.0` shown at the one field (or checkbox group) that holds them all. */
export function foldIndexedPaths<P extends { errors?: { path: string; message: string }[] | undefined }>(problem: P, fields: string[]): P {
  const fold = (path: string) => fields.find((f) => path.startsWith(`${f}.`) && /^\d+$/.test(path.slice(f.length + 1))) ?? path;
  return { ...problem, errors: problem.errors?.map((e) => ({ ...e, path: fold(e.path) })) };
}
