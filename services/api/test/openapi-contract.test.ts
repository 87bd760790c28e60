import { Type } from "@sinclair/typebox";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppDeps } from "../src/context.ts";
import { installErrorHandler } from "../src/errors/handler.ts";
import { AppError } from "../src/errors/problem.ts";
import "../src/errors/work.ts";
import { closeOfflineDeps, offlineDeps } from "../src/openapi-document.ts";
import openapi from "../src/plugins/openapi.ts";
import { installValidation } from "../src/plugins/validation.ts";
import { installContractCheck } from "./contract.ts";

// Issue 24: the contract check that startTestApp installs in every API test must notice a route
// answering with a status, a content type, a body or a problem code its document does not
// declare. These routes break their own documentation on purpose.
let deps: AppDeps;
let app: FastifyInstance;
let violations: string[];
beforeAll(async () => {
  deps = offlineDeps();
  app = Fastify();
  app.decorate("deps", deps);
  installValidation(app);
  installErrorHandler(app);
  await app.register(openapi);
  const Thing = Type.Object({ name: Type.String() });
  app.get("/v1/things/good", { schema: { summary: "Keeps its word", response: { 200: Thing } } }, async () => ({ name: "schop" }));
  app.get("/v1/things/teapot", { schema: { summary: "Undeclared status" } }, async (_req, reply) => reply.status(418).send({ name: "pot" }));
  app.get("/v1/things/code", { config: { errors: ["job.not_open"] }, schema: { summary: "Undeclared code", response: { 200: Thing } } }, async () => {
    throw new AppError("worker.double_booked");
  });
  app.get("/v1/things/csv", { schema: { summary: "Undeclared type", response: { 200: Thing } } }, async (_req, reply) => reply.type("text/csv").send("a;b\n"));
  app.get("/v1/things/:id/shape", { schema: { summary: "Undeclared shape" } }, async (_req, reply) =>
    reply
      .status(404)
      .type("application/problem+json")
      .send(JSON.stringify({ status: 404 })),
  );
  violations = installContractCheck(app).violations;
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await closeOfflineDeps(deps);
});

describe("contract check (responses vs the OpenAPI document)", () => {
  it("lets a response that keeps to the document pass", async () => {
    expect((await app.inject({ url: "/v1/things/good" })).statusCode).toBe(200);
    expect(violations).toEqual([]);
  });

  it("reports an undeclared status, problem code, content type and problem shape", async () => {
    for (const url of ["/v1/things/teapot", "/v1/things/code", "/v1/things/csv", "/v1/things/7/shape"]) await app.inject({ url });
    expect(violations).toEqual([
      "GET /v1/things/teapot → 418: status not declared",
      expect.stringMatching(/^GET \/v1\/things\/code → 409: body does not match the document: .*allowed values.* \(code worker.double_booked\)$/),
      expect.stringMatching(/^GET \/v1\/things\/csv → 200: content type text\/csv not declared/),
      expect.stringMatching(/^GET \/v1\/things\/\{id\}\/shape → 404: body does not match the document: .*required property/),
    ]);
  });
});
