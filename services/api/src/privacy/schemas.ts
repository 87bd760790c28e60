import { Type } from "@sinclair/typebox";

const Row = Type.Record(Type.String(), Type.Unknown());

export const ExportOut = Type.Object({
  kind: Type.Union([Type.Literal("worker"), Type.Literal("client")]),
  id: Type.String({ format: "uuid" }),
  exportedAt: Type.String({ format: "date-time" }),
  person: Row,
  categories: Type.Record(Type.String(), Type.Array(Row), {
    description: "one list of records per category (agreements, timeEntries, payouts, messages, audit…)",
  }),
  omitted: Type.Array(Type.Object({ category: Type.String(), reason: Type.String() }), {
    description: "categories left out for this caller (the coaching record: only the worker's own consultant and admins)",
  }),
});

export const ErasureBody = Type.Object(
  {
    reason: Type.Union([Type.Literal("request"), Type.Literal("retention")], {
      description: "request: the person asked (GDPR art. 17); retention: the retention period is over",
    }),
  },
  { additionalProperties: false },
);

export const ErasureOut = Type.Object({
  id: Type.String({ format: "uuid" }),
  kind: Type.Union([Type.Literal("worker"), Type.Literal("client")]),
  reason: Type.Union([Type.Literal("request"), Type.Literal("retention")]),
  erasedAt: Type.String({ format: "date-time" }),
  pseudonym: Type.String({ examples: ["Gewist #1a2b3c4d"] }),
  steps: Type.Record(Type.String(), Type.Integer(), { description: "rows deleted, blanked or pseudonymised per table (counts only)" }),
});
