import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { sql } from "drizzle-orm";
import { decodeCursor, pageOf } from "../cursor.ts";
import { notFound } from "../errors/problem.ts";
import { errorResponses, IdParams, ListQuery, Page, Uuid } from "../schemas/common.ts";

const Status = Type.Union([Type.Literal("queued"), Type.Literal("sending"), Type.Literal("sent"), Type.Literal("failed"), Type.Literal("suppressed")]);
const RecipientType = Type.Union([Type.Literal("worker"), Type.Literal("client"), Type.Literal("staff"), Type.Literal("contact")]);
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const DeliveryOut = Type.Object({
  id: Uuid,
  event: Type.String(),
  channel: Type.Union([Type.Literal("email"), Type.Literal("sms")]),
  recipientType: RecipientType,
  recipientId: Nullable(Uuid),
  to: Nullable(Type.String()),
  language: Type.String(),
  status: Status,
  attempts: Type.Integer(),
  providerId: Nullable(Type.String()),
  /** Why it failed or was suppressed (opt-out, no address), in the words of the provider or in Dutch. */
  lastError: Nullable(Type.String()),
  sendAfter: Nullable(Type.String()),
  createdAt: Type.String(),
  sentAt: Nullable(Type.String()),
});

const ListQuerySchema = Type.Object(
  {
    recipientType: Type.Optional(RecipientType),
    recipientId: Type.Optional(Uuid),
    status: Type.Optional(Status),
    event: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    ...ListQuery,
  },
  { additionalProperties: false },
);

type Row = {
  id: string;
  event: string;
  channel: "email" | "sms";
  recipient_type: "worker" | "client" | "staff" | "contact";
  recipient_id: string | null;
  to_address: string | null;
  language: string;
  status: "queued" | "sending" | "sent" | "failed" | "suppressed";
  attempts: number;
  provider_id: string | null;
  last_error: string | null;
  send_after: string | Date | null;
  created_at: string | Date;
  sent_at: string | Date | null;
};

const iso = (v: string | Date) => new Date(v).toISOString();
const isoOrNull = (v: string | Date | null) => (v === null ? null : iso(v));

// Message bodies are never returned: they can hold sign-in codes and personal details.
const COLUMNS = sql.raw(
  "id, event, channel, recipient_type, recipient_id, to_address, language, status, attempts, provider_id, last_error, send_after, created_at, sent_at",
);

function toOut(r: Row) {
  return {
    id: r.id,
    event: r.event,
    channel: r.channel,
    recipientType: r.recipient_type,
    recipientId: r.recipient_id,
    to: r.to_address,
    language: r.language,
    status: r.status,
    attempts: r.attempts,
    providerId: r.provider_id,
    lastError: r.last_error,
    sendAfter: isoOrNull(r.send_after),
    createdAt: iso(r.created_at),
    sentAt: isoOrNull(r.sent_at),
  };
}

/** Delivery status of mails and SMS (issue "Notifications"): what reached whom, and why not. */
const deliveries: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    "/v1/deliveries",
    {
      config: { roles: ["admin", "consultant"] },
      schema: {
        tags: ["deliveries"],
        summary: "List mail and SMS deliveries, newest first",
        querystring: ListQuerySchema,
        response: { 200: Page(DeliveryOut), ...errorResponses(401, 403, 422) },
      },
    },
    async (request) => {
      const { recipientType, recipientId, status, event } = request.query;
      const limit = request.query.limit ?? 50;
      const after = decodeCursor(request.query.cursor, 2);
      return request.tenantTx(async ({ tx }) => {
        const filters = [sql`tenant_id = app_current_tenant()`];
        if (recipientType) filters.push(sql`recipient_type = ${recipientType}`);
        if (recipientId) filters.push(sql`recipient_id = ${recipientId}`);
        if (status) filters.push(sql`status = ${status}`);
        if (event) filters.push(sql`event = ${event}`);
        if (after) filters.push(sql`(created_at, id) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`);
        const rows = await tx.execute<Row & { created_key: string }>(sql`
          SELECT ${COLUMNS}, created_at::text AS created_key FROM deliveries WHERE ${sql.join(filters, sql` AND `)}
          ORDER BY created_at DESC, id DESC LIMIT ${limit + 1}`);
        // The cursor keeps the microseconds: a millisecond ISO string would skip rows of the same ms.
        const page = pageOf(rows, limit, (r) => [r.created_key, r.id]);
        return { items: page.items.map(toOut), nextCursor: page.nextCursor };
      });
    },
  );

  app.get(
    "/v1/deliveries/:id",
    {
      config: { roles: ["admin", "consultant"] },
      schema: { tags: ["deliveries"], summary: "One delivery", params: IdParams, response: { 200: DeliveryOut, ...errorResponses(401, 403, 404) } },
    },
    async (request) =>
      request.tenantTx(async ({ tx }) => {
        const [row] = await tx.execute<Row>(sql`SELECT ${COLUMNS} FROM deliveries WHERE tenant_id = app_current_tenant() AND id = ${request.params.id}`);
        if (!row) throw notFound("Dit bericht");
        return toOut(row);
      }),
  );
};

export default deliveries;
