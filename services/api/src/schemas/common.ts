import { Type, type TSchema } from "@sinclair/typebox";

export const Uuid = Type.String({ format: "uuid" });
export const DateOnly = Type.String({ format: "date", examples: ["2026-03-31"] });
export const Month = Type.String({ format: "month", examples: ["2026-03"] });
export const Email = Type.String({ format: "email", maxLength: 254 });
export const IdParams = Type.Object({ id: Uuid });

export const FieldErrorSchema = Type.Object({
  path: Type.String(),
  message: Type.String({ description: "in Dutch, for staff screens" }),
  rule: Type.Optional(
    Type.String({
      description:
        "the broken rule, stable, so a screen can say it in the reader's language: required, type.integer, format.date, minimum, maxLength, choice, …",
      examples: ["format.date-time"],
    }),
  ),
  params: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: "the rule's values, e.g. { limit: 60 }" })),
});
export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.String(),
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(FieldErrorSchema)),
  },
  { additionalProperties: true, $id: "Problem" },
);

/** Standard error responses for the OpenAPI document; problem bodies are never filtered. */
export function errorResponses(...statuses: number[]): Record<number, TSchema> {
  return Object.fromEntries(statuses.map((s) => [s, { ...ProblemSchema, $id: undefined, description: "application/problem+json" }]));
}

export const ListQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
};

export function Page<T extends TSchema>(item: T) {
  return Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });
}
