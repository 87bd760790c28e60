import type { FastifyPluginAsync } from "fastify";
import { requireRole, sentFailure } from "../context.ts";
import { formFailure, str, type FormBody } from "../forms.ts";

const LABELS = { currentPassword: "Huidig wachtwoord", newPassword: "Nieuw wachtwoord", repeat: "Nieuw wachtwoord nog eens" };

/** A staff member's own password: after a temporary one from the admin, or whenever they want. */
const ownPassword: FastifyPluginAsync = async (app) => {
  const { api } = app.web;
  const guard = { preHandler: requireRole("admin", "consultant", "finance") };

  app.get("/wachtwoord", guard, async (_request, reply) => reply.page("staff/password", { title: "Mijn wachtwoord" }));

  app.post<{ Body: FormBody }>("/wachtwoord", guard, async (request, reply) => {
    const b = request.body;
    // Typed twice so a typing mistake does not lock the person out; checked here, the API never sees the copy.
    if (str(b, "newPassword") !== str(b, "repeat")) {
      const errors = { repeat: "De twee nieuwe wachtwoorden zijn niet gelijk." };
      return reply.page(
        "staff/password",
        { title: "Mijn wachtwoord", errors, problem: "Kijk het wachtwoord na.", errorList: [{ path: "repeat", label: LABELS.repeat, message: errors.repeat }] },
        422,
      );
    }
    const result = await api.request("POST", "/v1/staff/me/password", {
      token: request.session!.token,
      body: { currentPassword: str(b, "currentPassword"), newPassword: str(b, "newPassword") },
    });
    if (sentFailure(request, reply, result)) return reply;
    if (!result.ok)
      return reply.page(
        "staff/password",
        { title: "Mijn wachtwoord", ...formFailure(result.problem, LABELS), unavailable: result.unavailable },
        result.unavailable ? 503 : 422,
      );
    // The change ended every session, this one too.
    reply.clearCookie("ww_session", { path: "/" });
    reply.flash("Uw wachtwoord is veranderd. Meld u aan met het nieuwe wachtwoord.");
    return reply.redirect("/aanmelden", 303);
  });
};

export default ownPassword;
