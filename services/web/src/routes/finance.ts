import { randomUUID } from "node:crypto";
import multipart, { type MultipartFile } from "@fastify/multipart";
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { requireRole, sentFailure } from "../context.ts";
import { echo, formFailure, str, type FormBody } from "../forms.ts";

import { codaText, euroToCents, labels, UNMATCHED } from "../finance-forms.ts";
import { paymentBooked } from "../transfer-labels.ts";
import { passFile } from "../downloads.ts";
import { financeOverview } from "../finance-overview.ts";

/** An uploaded statement: its bytes, and whether a file was chosen at all. */
interface UploadedFile {
  filename: string;
  data: Buffer;
}
const STATEMENT_MAX_BYTES = 5 * 1024 * 1024;
const FORMAT_LABEL: Record<string, string> = { coda: "CODA", camt053: "camt.053" };

/** Finance: payout runs (create; approval in payout-approval.ts; SEPA/CSV), the organisation's bank account, payments, CODA paste, statement files, unmatched payments. */
const finance: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "finance") };

  const overview = (request: FastifyRequest, reply: FastifyReply, extra: Record<string, unknown> = {}, status = 200) =>
    financeOverview(api, request, reply, extra, status);

  app.get("/financien", guard, async (request, reply) => overview(request, reply));

  app.post<{ Body: FormBody }>("/financien/uitbetalingen", guard, async (request, reply) => {
    const result = await api.request("POST", "/v1/payout-runs", {
      token: request.session!.token,
      idempotencyKey: str(request.body, "idem") || randomUUID(),
      body: { month: str(request.body, "month") },
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok)
      return overview(
        request,
        reply,
        { runForm: { ...formFailure(result.problem, labels), unavailable: result.unavailable }, values: echo(request.body) },
        422,
      );
    reply.flash(`De uitbetaling voor ${result.data.month} is aangemaakt.`);
    return reply.redirect("/financien", 303);
  });

  for (const [suffix, file, type] of [
    ["sepa.xml", "sepa", "application/xml"],
    ["lines.csv", "lijnen", "text/csv"],
  ] as const) {
    app.get<{ Params: { id: string } }>(`/financien/uitbetalingen/:id/${suffix}`, guard, async (request, reply) => {
      const res = await api.download(`/v1/payout-runs/{id}/${suffix}`, { params: { id: request.params.id }, token: request.session!.token });
      if (!(res instanceof Response)) {
        if (sentFailure(request, reply, res)) return reply;
        return reply.page(
          "errors/error",
          { title: "Downloaden lukt niet", message: res.unavailable ? "Dit onderdeel is nog niet beschikbaar." : (res.problem.detail ?? res.problem.title) },
          res.status,
        );
      }
      return passFile(reply, res, { type, disposition: `attachment; filename="uitbetaling-${file}.${suffix.split(".")[1]}"` });
    });
  }

  app.post<{ Body: FormBody }>("/financien/rekening", guard, async (request, reply) => {
    const b = request.body;
    const street = str(b, "orgStreet");
    const address = street || str(b, "orgCity") ? { street, number: str(b, "orgNumber"), postalCode: str(b, "orgPostalCode"), city: str(b, "orgCity") } : null;
    const body = {
      name: str(b, "accountName"),
      iban: str(b, "iban"),
      bic: str(b, "bic") || null,
      enterpriseNumber: str(b, "enterpriseNumber") || null,
      address,
    };
    const result = await api.request("PUT", "/v1/organisation-account", { token: request.session!.token, body });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const state = formFailure(result.problem, labels);
      // The form's own names: accountName (the page has other "name" fields), orgStreet … for the address.
      const formNames: Record<string, string> = {
        name: "accountName",
        "address.street": "orgStreet",
        "address.number": "orgNumber",
        "address.postalCode": "orgPostalCode",
        "address.city": "orgCity",
      };
      for (const [api, form] of Object.entries(formNames)) if (state.errors[api]) state.errors[form] = state.errors[api];
      for (const e of state.errorList) e.path = formNames[e.path] ?? e.path;
      return overview(request, reply, { accountForm: { ...state, unavailable: result.unavailable }, values: echo(b) }, 422);
    }
    reply.flash("De bankrekening van de organisatie is opgeslagen. Bereken een ontwerp-uitbetaling opnieuw om ze te gebruiken.");
    return reply.redirect("/financien", 303);
  });

  app.post<{ Body: FormBody }>("/financien/betalingen", guard, async (request, reply) => {
    const b = request.body;
    const body = { paymentReference: str(b, "paymentReference"), amountCents: euroToCents(str(b, "amount")), paidOn: str(b, "paidOn") };
    const result = await api.request("POST", "/v1/payments", { token: request.session!.token, idempotencyKey: str(b, "idem") || randomUUID(), body });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const state = formFailure(result.problem, labels);
      if (state.errors.amountCents) state.errors.amount = state.errors.amountCents;
      for (const e of state.errorList) if (e.path === "amountCents") e.path = "amount";
      return overview(
        request,
        reply,
        { paymentForm: { ...state, unavailable: result.unavailable }, values: echo(b) },
        result.status === 409 || result.status === 404 ? result.status : 422,
      );
    }
    reply.flash(paymentBooked(result.data.status));
    return reply.redirect("/financien", 303);
  });

  app.post<{ Body: FormBody }>("/financien/coda", guard, async (request, reply) => {
    const result = await api.upload("/v1/payments/coda", { token: request.session!.token, body: { raw: codaText(request.body), contentType: "text/plain" } });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok)
      return overview(
        request,
        reply,
        { codaForm: { ...formFailure(result.problem, labels), unavailable: result.unavailable }, values: echo(request.body) },
        422,
      );
    return overview(request, reply, {
      coda: { matched: result.data.matched.length, unmatched: result.data.unmatched, duplicates: result.data.duplicates.length },
    });
  });

  // A real file upload (multipart, no JavaScript): CODA (.cod) or camt.053 (.xml); the API tells them apart by content.
  await app.register(async (upload) => {
    await upload.register(multipart, {
      attachFieldsToBody: "keyValues",
      limits: { fileSize: STATEMENT_MAX_BYTES, files: 1, fields: 4, parts: 5 },
      async onFile(part: MultipartFile & { value?: unknown }) {
        part.value = { filename: part.filename, data: await part.toBuffer() } satisfies UploadedFile;
      },
    });
    upload.post<{ Body: { statement?: UploadedFile | string } }>("/financien/uittreksel", guard, async (request, reply) => {
      const file = request.body?.statement;
      if (!file || typeof file === "string" || (file.filename === "" && file.data.length === 0)) {
        const message = "Kies het bestand met het rekeninguittreksel (.cod of .xml).";
        return overview(request, reply, { statementForm: { problem: message, errors: { statement: message } } }, 422);
      }
      const result = await api.upload("/v1/payments/statements", {
        token: request.session!.token,
        body: { raw: new Uint8Array(file.data), contentType: "application/octet-stream" },
      });
      if (sentFailure(request, reply, result)) return reply;
      if (!result.ok) {
        const message = result.problem.detail ?? result.problem.title;
        return overview(
          request,
          reply,
          { statementForm: { problem: message, errors: { statement: result.problem.title }, unavailable: result.unavailable } },
          result.status === 409 ? 409 : 422,
        );
      }
      const d = result.data;
      return overview(request, reply, {
        statement: {
          filename: file.filename,
          format: FORMAT_LABEL[d.format] ?? d.format,
          statements: d.statements,
          matched: d.matched,
          unmatched: d.unmatched.map((u) => ({ ...u, reasonLabel: u.reason ? (UNMATCHED[u.reason] ?? u.reason) : "" })),
          duplicates: d.duplicates.length,
        },
      });
    });
  });
};

export default finance;
