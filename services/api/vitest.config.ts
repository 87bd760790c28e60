import { defineConfig } from "vitest/config";
// test/scale (issue 21) starts processes behind HAProxy: only by `bash scripts/test.sh --scale` (WIJKWERK_SCALE=1).
export default defineConfig({
  test: { testTimeout: 30_000, hookTimeout: 60_000, ...(process.env.WIJKWERK_SCALE === "1" ? {} : { exclude: ["test/scale/**", "**/node_modules/**"] }) },
});
