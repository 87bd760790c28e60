import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/node_modules/**", ".data/**", "**/dist/**", "test-artifacts/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // DESIGN.md principle 1: the rules are pure; domain may not reach for IO.
    files: ["packages/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["node:*", "fs", "net", "http", "postgres", "drizzle-orm*", "ioredis", "bullmq", "fastify*", "nodemailer", "handlebars", "@wijkwerk/*"] },
      ],
    },
  },
  {
    files: ["packages/domain/test/**/*.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // Issue 15: no route imports another route. What two resources share lives beside them
    // (schemas/, a resource's repository or access module), never in a route file.
    files: ["services/api/src/routes/*.ts"],
    ignores: ["services/api/src/routes/index.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["./*", "../*/routes.ts"],
              message: "A route file may not import another route file: move what they share out of the route (schemas/, a repository, access).",
            },
          ],
        },
      ],
    },
  },
  {
    // The web's pages: one plugin per area; what two areas share lives in src/ (forms, search, refdata).
    files: ["services/web/src/routes/*.ts"],
    ignores: ["services/web/src/routes/index.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["./*"],
              message: "A route file may not import another route file: move what they share to services/web/src (forms.ts, search.ts, refdata.ts).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["services/api/src/*/routes.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["../routes/*", "../*/routes.ts"],
              message: "A route file may not import another route file: move what they share out of the route (schemas/, a repository, access).",
            },
          ],
        },
      ],
    },
  },
);
