import swagger from "@fastify/swagger";
import fp from "fastify-plugin";

/** OpenAPI 3.1 generated from the route schemas; served at GET /v1/openapi.json. */
export default fp(async (app) => {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: { title: "Wijkwerk API", version: "1.0.0", description: "HTTP contract for wijk-werkorganisatoren (see API.md)." },
      components: {
        securitySchemes: {
          bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" },
          platform: { type: "http", scheme: "bearer", description: "PLATFORM_TOKEN of the SaaS operator" },
        },
      },
    },
    // Routes declare roles in config; document the matching security requirement.
    transform: ({ schema, url, route }) => {
      const cfg = (route.config ?? {}) as { roles?: string[]; platform?: boolean };
      const s = { ...(schema ?? {}) } as Record<string, unknown>;
      if (cfg.platform) s.security = [{ platform: [] }];
      else if (cfg.roles) s.security = [{ bearer: [] }];
      // A route's own description (e.g. which error codes mean what) comes first, the roles after.
      if (cfg.roles) s.description = [s.description, `Roles: ${cfg.roles.join(", ")}`].filter(Boolean).join("\n\n");
      return { schema: s as never, url };
    },
  });
  app.get("/v1/openapi.json", { schema: { hide: true } }, async () => app.swagger());
});
