import { defineConfig } from "vitest/config";
// The scale-out scenarios (test/scale, issue 21) start their own engines and take minutes: they run
// by `bash scripts/test.sh --scale` (WIJKWERK_SCALE=1), not in the ordinary run.
export default defineConfig({
  test: { testTimeout: 60_000, hookTimeout: 60_000, ...(process.env.WIJKWERK_SCALE === "1" ? {} : { exclude: ["test/scale/**", "**/node_modules/**"] }) },
});
