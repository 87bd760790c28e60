import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { loadState, requireRole, sentFailure } from "../context.ts";
import { echo, formFailure, str, type FormBody } from "../forms.ts";

const ROLES = [
  { value: "consultant", label: "Bemiddelaar" },
  { value: "finance", label: "Financiën" },
  { value: "admin", label: "Beheerder" },
];
const LABELS = { name: "Naam", email: "E-mailadres", role: "Rol" };
const roleLabel = (role: string) => ROLES.find((r) => r.value === role)?.label ?? role;

/**
 * The organisation's staff (admin): invite, change a role, give a new password, switch off. A new
 * or reset password is shown once on the page (never put in the flash cookie), for the admin to hand over.
 */
const staff: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin") };

  async function show(request: FastifyRequest, reply: FastifyReply, extra: Record<string, unknown> = {}, status = 200) {
    const list = await api.request("GET", "/v1/staff", { token: request.session!.token, query: { limit: 100 } });
    if (sentFailure(request, reply, list)) return reply;
    const state = loadState(list);
    const me = request.session!.sub;
    // An organisation has tens of staff, not hundreds: one page of 100 holds them.
    const members = (state.data?.items ?? []).map((m) => ({ ...m, roleLabel: roleLabel(m.role), isMe: m.id === me }));
    return reply.page("admin/staff", { title: "Medewerkers", members, roles: ROLES, unavailable: state.unavailable, values: {}, ...extra }, status);
  }

  app.get("/medewerkers", guard, (request, reply) => show(request, reply));

  app.post<{ Body: FormBody }>("/medewerkers", guard, async (request, reply) => {
    const b = request.body;
    const result = await api.request("POST", "/v1/staff", {
      token: request.session!.token,
      // Issue 20: by default the person gets a link by e-mail and chooses a password themselves.
      body: {
        name: str(b, "name"),
        email: str(b, "email"),
        role: str(b, "role") as "consultant",
        ...(str(b, "how") === "temporary" ? {} : { invite: true }),
      },
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) {
      const failure = formFailure(result.problem, LABELS);
      // "Already has an account" belongs at the e-mail field.
      if (result.problem.code === "staff.email_taken") failure.errors["email"] = result.problem.detail ?? result.problem.title;
      return show(request, reply, { ...failure, values: echo(b), inviteUnavailable: result.unavailable }, result.status === 409 ? 409 : 422);
    }
    if (!result.data.temporaryPassword) {
      reply.flash(`${result.data.name} krijgt een mail op ${result.data.email} om een wachtwoord te kiezen. De link werkt 7 dagen.`);
      return reply.redirect("/medewerkers", 303);
    }
    return show(request, reply, { handOver: { name: result.data.name, email: result.data.email, password: result.data.temporaryPassword, invited: true } });
  });

  app.post<{ Params: { id: string } }>("/medewerkers/:id/uitnodiging", guard, async (request, reply) => {
    const result = await api.request("POST", "/v1/staff/{id}/invitation", { params: { id: request.params.id }, token: request.session!.token });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) return show(request, reply, { memberProblem: { id: request.params.id, text: result.problem.detail ?? result.problem.title } }, 409);
    reply.flash("De uitnodiging is opnieuw verstuurd. De vorige link werkt niet meer.");
    return reply.redirect("/medewerkers", 303);
  });

  app.post<{ Params: { id: string } }>("/medewerkers/:id/tweede-stap", guard, async (request, reply) => {
    const result = await api.request("DELETE", "/v1/staff/{id}/second-factor", { params: { id: request.params.id }, token: request.session!.token });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) return show(request, reply, { memberProblem: { id: request.params.id, text: result.problem.detail ?? result.problem.title } }, 409);
    reply.flash(`De tweede stap van ${result.data.name} is teruggezet. Bij het volgende aanmelden stelt ${result.data.name} een nieuwe in.`);
    return reply.redirect("/medewerkers", 303);
  });

  app.post<{ Params: { id: string }; Body: FormBody }>("/medewerkers/:id/rol", guard, async (request, reply) => {
    const result = await api.request("PATCH", "/v1/staff/{id}", {
      params: { id: request.params.id },
      token: request.session!.token,
      body: { role: str(request.body, "role") as "consultant" },
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) return show(request, reply, { memberProblem: { id: request.params.id, text: result.problem.detail ?? result.problem.title } }, 409);
    reply.flash(`${result.data.name} is nu ${roleLabel(result.data.role).toLowerCase()}. Met de nieuwe rol meldt ${result.data.name} zich opnieuw aan.`);
    // Changing one's own role ends one's own session too.
    return reply.redirect(request.params.id === request.session!.sub ? "/aanmelden" : "/medewerkers", 303);
  });

  app.post<{ Params: { id: string } }>("/medewerkers/:id/wachtwoord", guard, async (request, reply) => {
    const result = await api.request("POST", "/v1/staff/{id}/password-reset", { params: { id: request.params.id }, token: request.session!.token });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) return show(request, reply, { memberProblem: { id: request.params.id, text: result.problem.detail ?? result.problem.title } }, 409);
    return show(request, reply, { handOver: { name: result.data.name, email: result.data.email, password: result.data.temporaryPassword } });
  });

  app.post<{ Params: { id: string } }>("/medewerkers/:id/uitschakelen", guard, async (request, reply) => {
    const result = await api.request("POST", "/v1/staff/{id}/deactivate", { params: { id: request.params.id }, token: request.session!.token });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok) return show(request, reply, { memberProblem: { id: request.params.id, text: result.problem.detail ?? result.problem.title } }, 409);
    reply.flash(`${result.data.name} kan zich niet meer aanmelden.`);
    return reply.redirect("/medewerkers", 303);
  });
};

export default staff;
