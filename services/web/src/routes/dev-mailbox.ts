import type { FastifyPluginAsync } from "fastify";
import { listDevMessages, readDevMessage } from "@wijkwerk/notify";

/**
 * The development mailbox (DESIGN.md "Embedded defaults"): mails and SMS written by the dev sink.
 * Only with NODE_ENV=development; elsewhere these paths do not exist (404).
 */
const devMailbox: FastifyPluginAsync = async (app) => {
  const { config } = app.web;
  if (config.NODE_ENV !== "development") return;
  const dir = config.DEV_SINK_DIR;

  app.get("/dev/mailbox", async (_request, reply) => {
    const messages = await listDevMessages(dir);
    return reply.page("dev/mailbox", { title: "Postvak (ontwikkeling)", messages: messages.slice(0, 200), dir });
  });

  app.get<{ Params: { id: string } }>("/dev/mailbox/:id", async (request, reply) => {
    const message = await readDevMessage(dir, request.params.id);
    if (!message) return reply.page("errors/error", { title: "Niet gevonden", message: "Dit bericht bestaat niet." }, 404);
    return reply.page("dev/message", { title: message.subject ?? "Sms", message });
  });
};

export default devMailbox;
