import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { requireRole, sentFailure } from "../context.ts";
import { str, type FormBody } from "../forms.ts";
import { passFile } from "../downloads.ts";

type Kind = "worker" | "client";
const WEB: Record<Kind, string> = { worker: "werkers", client: "klanten" };
const EXPORTS = {
  worker: { json: "/v1/workers/{id}/data-export", pdf: "/v1/workers/{id}/data-export.pdf" },
  client: { json: "/v1/clients/{id}/data-export", pdf: "/v1/clients/{id}/data-export.pdf" },
} as const;
const ERASURE = { worker: "/v1/workers/{id}/erasure", client: "/v1/clients/{id}/erasure" } as const;

/**
 * Issue 20, the person's rights on the staff pages: download everything held about a worker or a
 * client (JSON or PDF, plain links) and, for admins, erase the person after a confirmation page.
 * The API audits both and refuses an erasure while money or work is open; that answer is shown.
 */
const personRights: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const staff = { preHandler: requireRole("admin", "consultant") };
  const admin = { preHandler: requireRole("admin") };

  for (const kind of ["worker", "client"] as const) {
    const base = `/${WEB[kind]}/:id`;

    for (const format of ["json", "pdf"] as const) {
      app.get<{ Params: { id: string } }>(`${base}/gegevens.${format}`, staff, async (request, reply) => {
        const res = await api.download(EXPORTS[kind][format], { params: { id: request.params.id }, token: request.session!.token });
        if (!(res instanceof Response)) {
          if (sentFailure(request, reply, res)) return reply;
          return reply.page("errors/error", { title: "Niet gevonden", message: res.problem.detail ?? res.problem.title }, res.unavailable ? 503 : res.status);
        }
        return passFile(reply, res, {
          type: format === "pdf" ? "application/pdf" : "application/json",
          disposition: `attachment; filename="gegevens.${format}"`,
        });
      });
    }

    const confirmPage = async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply, extra: Record<string, unknown> = {}, status = 200) => {
      const token = request.session!.token;
      const person =
        kind === "worker"
          ? await api.request("GET", "/v1/workers/{id}", { params: { id: request.params.id }, token })
          : await api.request("GET", "/v1/clients/{id}", { params: { id: request.params.id }, token });
      if (sentFailure(request, reply, person)) return reply;
      if (!person.ok)
        return reply.page("errors/error", { title: "Niet gevonden", message: person.problem.detail ?? person.problem.title }, person.unavailable ? 503 : 404);
      const name = "firstName" in person.data ? `${person.data.firstName} ${person.data.lastName}` : person.data.name;
      return reply.page(
        "privacy/erase",
        { title: `Gegevens wissen: ${name}`, name, back: `/${WEB[kind]}/${request.params.id}`, action: `/${WEB[kind]}/${request.params.id}/wissen`, ...extra },
        status,
      );
    };

    app.get<{ Params: { id: string } }>(`${base}/wissen`, admin, async (request, reply) => confirmPage(request, reply));

    app.post<{ Params: { id: string }; Body: FormBody }>(`${base}/wissen`, admin, async (request, reply) => {
      const reason = str(request.body, "reason") === "retention" ? "retention" : "request";
      const result = await api.request("POST", ERASURE[kind], { params: { id: request.params.id }, token: request.session!.token, body: { reason } });
      if (sentFailure(request, reply, result)) return reply;
      if (!result.ok)
        return confirmPage(
          request,
          reply,
          { refused: result.problem.detail ?? result.problem.title, refusedTitle: result.problem.title },
          result.unavailable ? 503 : result.status,
        );
      reply.flash(`De gegevens zijn gewist. Wat de boekhouding nodig heeft, blijft bewaard onder de naam ${result.data.pseudonym}.`);
      return reply.redirect(`/${WEB[kind]}/${encodeURIComponent(request.params.id)}`, 303);
    });
  }
};

export default personRights;
