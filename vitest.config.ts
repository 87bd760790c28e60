import { defineConfig } from "vitest/config";

// One run over every package (scripts/test.ts); each project keeps its own vitest.config.ts.
export default defineConfig({
  test: {
    projects: ["packages/*", "services/*", "scripts", "infra"],
  },
});
