import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadWebConfig } from "@wijkwerk/config";
import { createTenant, type TenantLogin } from "../../api/test/helpers.ts";
import { waitFor } from "../../worker/test/notify-harness.ts";
import { formToken, postForm, registerWorker, startLoggedStack, WORKER_IBAN, WORKER_INSZ, WORKER_PHONE, type LoggedStack } from "./log-harness.ts";

/**
 * Issue 21: secrets and personal numbers never in logs. A journey through web, API and worker —
 * a staff sign-in with a password, a worker registered with INSZ and IBAN, a sign-in code sent by
 * SMS and by mail and used — with every line the three services log (at debug level) captured,
 * then searched for each secret.
 */
let s: LoggedStack;
let tenant: TenantLogin;
const WORKER_EMAIL = "fatima.logs@example.be";
const secrets: { what: string; value: string }[] = [];

const cookieValue = (res: Response, name: string): string | undefined =>
  res.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${name}=`))
    ?.split(";")[0]
    ?.slice(name.length + 1);

/** Asks for a code at `contact` through the web, reads it where it arrived, and signs in with it; the session token. */
async function signInWithCode(contact: string, arrived: () => Promise<string>): Promise<{ code: string; session: string }> {
  const form = await formToken(s.webUrl, `/aanmelden/code?organisatie=${tenant.slug}&voor=werker`);
  const asked = await postForm(s.webUrl, "/aanmelden/code", form, { tenant: tenant.slug, voor: "werker", contact });
  expect(asked.status).toBe(200);
  const code = await arrived();
  const verified = await postForm(s.webUrl, "/aanmelden/code/bevestigen", form, { tenant: tenant.slug, voor: "werker", contact, code });
  expect(verified.status).toBe(303);
  return { code, session: cookieValue(verified, "ww_session")! };
}

beforeAll(async () => {
  s = await startLoggedStack();
  tenant = await createTenant(s.api);
  secrets.push({ what: "the admin's password", value: tenant.password }, { what: "an API access token (JWT)", value: tenant.token });
  secrets.push({ what: "JWT_SECRET", value: s.api.config.JWT_SECRET }, { what: "the SMS gateway token", value: s.gateway.token });
  secrets.push({ what: "WEB_SECRET", value: loadWebConfig().WEB_SECRET });
  const worker = await registerWorker(s, tenant, { email: WORKER_EMAIL });
  // Details are masked; the full numbers are read through the audited reveal route, so they cross the API once more.
  const revealed = await s.api.app.inject({ url: `/v1/workers/${worker.id}/personal-numbers`, headers: { authorization: `Bearer ${tenant.token}` } });
  expect(revealed.statusCode, revealed.body).toBe(200);
  expect(revealed.json()).toEqual({ nationalNumber: WORKER_INSZ, iban: WORKER_IBAN });
  secrets.push({ what: "the INSZ", value: WORKER_INSZ }, { what: "the INSZ as typed", value: "85.07.30-017.44" });
  secrets.push({ what: "the IBAN", value: WORKER_IBAN }, { what: "the IBAN as typed", value: "BE68 5390 0754 7034" });

  // Staff sign-in with a password, through the web's form.
  const form = await formToken(s.webUrl);
  const signedIn = await postForm(s.webUrl, "/aanmelden", form, { tenant: tenant.slug, email: tenant.email, password: tenant.password });
  expect(signedIn.status).toBe(303);
  secrets.push({ what: "the staff session token", value: cookieValue(signedIn, "ww_session")! });

  // A code by SMS and a code by mail, each used to sign in.
  const sms = await signInWithCode(WORKER_PHONE, async () => {
    const text = await waitFor(async () => s.gateway.accepted.find((r) => r.to === WORKER_PHONE)?.text, "the code by SMS");
    return text.match(/\b(\d{6})\b/)![1]!;
  });
  const mail = await signInWithCode(WORKER_EMAIL, async () => {
    const raw = await waitFor(async () => s.smtp.mails.find((m) => m.to.includes(WORKER_EMAIL))?.raw, "the code by mail");
    return raw.match(/\b(\d{6})\b/)![1]!;
  });
  secrets.push({ what: "the one-time code sent by SMS", value: sms.code }, { what: "the worker's session token (SMS)", value: sms.session });
  secrets.push({ what: "the one-time code sent by mail", value: mail.code }, { what: "the worker's session token (mail)", value: mail.session });
  // Both deliveries are sent and logged by now.
  await waitFor(async () => s.logs.worker.lines().filter((l) => l.msg === "sms sent" || l.msg === "email sent").length >= 2, "the send log lines");
}, 180_000);
afterAll(async () => s?.close());

describe("secrets and personal numbers never in logs", () => {
  it("the journey was logged by all three services", () => {
    expect(s.logs.api.lines().length).toBeGreaterThan(10);
    expect(s.logs.web.lines().length).toBeGreaterThan(5);
    expect(s.logs.worker.lines().map((l) => l.msg)).toEqual(expect.arrayContaining(["job done", "deliveries planned", "sms sent", "email sent"]));
  });

  it("no password, token, JWT, JWT_SECRET, WEB_SECRET, one-time code, INSZ or IBAN appears in any log line", () => {
    expect(secrets.length).toBe(14);
    const logs = { api: s.logs.api.text(), web: s.logs.web.text(), worker: s.logs.worker.text() };
    const found: string[] = [];
    for (const { what, value } of secrets) {
      expect(value.length).toBeGreaterThanOrEqual(6);
      // Six-digit codes are looked for as a whole number, not inside an id or a timestamp.
      const pattern = /^\d{6}$/.test(value) ? new RegExp(`(?<![0-9A-Za-z])${value}(?![0-9A-Za-z])`) : undefined;
      for (const [service, text] of Object.entries(logs)) if (pattern ? pattern.test(text) : text.includes(value)) found.push(`${what} in the ${service} log`);
    }
    expect(found).toEqual([]);
  });
});
