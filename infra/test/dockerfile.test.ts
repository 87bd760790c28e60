import { describe, expect, it } from "vitest";
import { DockerfileParser, type Instruction } from "dockerfile-ast";
import { exists, read, workspacePackages } from "./lib.ts";

/**
 * The Dockerfile cannot be built here (no Docker engine): it is parsed and held to what the image
 * must be. What this checks and what it does not is listed in infra/README.md "What CI checks".
 */
const text = read("Dockerfile");
const dockerfile = DockerfileParser.parse(text);

interface Stage {
  name: string;
  from: string;
  instructions: Instruction[];
}
function stagesOf(source: string): Stage[] {
  const stages: Stage[] = [];
  for (const ins of DockerfileParser.parse(source).getInstructions()) {
    if (ins.getKeyword() === "FROM") {
      const args = ins.getArguments().map((a) => a.getValue());
      const asAt = args.findIndex((a) => a.toUpperCase() === "AS");
      stages.push({ name: asAt >= 0 ? (args[asAt + 1] ?? "") : "", from: args[0] ?? "", instructions: [] });
    } else stages.at(-1)?.instructions.push(ins);
  }
  return stages;
}
const stages = stagesOf(text);
const stage = (name: string) => stages.find((s) => s.name === name) ?? expect.fail(`no stage ${name}`);
const of = (s: Stage, keyword: string) => s.instructions.filter((i) => i.getKeyword() === keyword);
const content = (i: Instruction) => i.getArgumentsContent() ?? "";

/** A .dockerignore line as a RegExp over a context path (enough for the patterns this repo uses). */
const ignored = read(".dockerignore")
  .split("\n")
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith("#"))
  .map(
    (p) =>
      new RegExp(
        `^${p
          .replace(/\./g, "\\.")
          .replace(/\*\*\//g, "(.*/)?")
          .replace(/\*/g, "[^/]*")}(/.*)?$`,
      ),
  );

describe("Dockerfile", () => {
  it("parses into the five stages, the last being the runtime image", () => {
    expect(dockerfile.getInstructions().length).toBeGreaterThan(10);
    expect(stages.map((s) => s.name)).toEqual(["base", "manifests", "build", "prod-deps", "runtime"]);
  });

  it("installs the pnpm version the repository pins, with npm as scripts/bootstrap.sh does", () => {
    const pinned = (JSON.parse(read("package.json")) as { packageManager: string }).packageManager.replace("pnpm@", "");
    expect(read("scripts/bootstrap.sh")).toContain(`PNPM_VERSION=${pinned}`);
    expect(of(stage("base"), "ARG").map(content)).toContain(`PNPM_VERSION=${pinned}`);
    expect(of(stage("base"), "RUN").map(content).join("\n")).toMatch(/npm install -g "pnpm@\$\{PNPM_VERSION\}"/);
  });

  it("copies the manifest of every workspace package, so the frozen install sees the whole lockfile", () => {
    const copied = of(stage("manifests"), "COPY").map((c) => c.getArguments()[0]?.getValue());
    for (const dir of workspacePackages()) expect(copied, dir).toContain(`${dir}/package.json`);
    for (const file of ["package.json", "pnpm-lock.yaml", "pnpm-workspace.yaml", ".npmrc", "patches/"])
      expect(content(of(stage("manifests"), "COPY")[0]!) + copied.join(" ")).toContain(file);
  });

  it("copies from the build context only paths that exist and that .dockerignore lets through", () => {
    const copies = dockerfile.getCOPYs().filter((c) => !c.getFlags().some((f) => f.getName() === "from"));
    expect(copies.length).toBeGreaterThan(10);
    for (const copy of copies) {
      const sources = copy
        .getArguments()
        .slice(0, -1)
        .map((a) => a.getValue());
      for (const src of sources) {
        if (src === ".") continue;
        expect(exists(src), src).toBe(true);
        expect(
          ignored.some((re) => re.test(src.replace(/\/$/, ""))),
          `${src} is excluded by .dockerignore`,
        ).toBe(false);
      }
    }
  });

  it("installs with the frozen lockfile; the runtime gets production dependencies only, tsx among them", () => {
    expect(of(stage("build"), "RUN").map(content).join("\n")).toContain("pnpm install --frozen-lockfile");
    expect(of(stage("prod-deps"), "RUN").map(content).join("\n")).toMatch(/pnpm install --frozen-lockfile --prod/);
    const root = JSON.parse(read("package.json")) as { dependencies?: Record<string, string> };
    expect(root.dependencies?.tsx, "the services run through tsx: it must survive --prod").toBeDefined();
  });

  it("type-checks in the build stage, and the runtime takes its sources from there (the check cannot be skipped)", () => {
    expect(of(stage("build"), "RUN").map(content).join("\n")).toContain("run typecheck");
    const runtimeCopies = dockerfile
      .getCOPYs()
      .filter((c) => c.getRange().start.line > (stage("runtime").instructions[0]?.getRange().start.line ?? Infinity))
      .map((c) =>
        `${c
          .getFlags()
          .map((f) => `--${f.getName()}=${f.getValue() ?? ""}`)
          .join(" ")} ${content(c)}`.trim(),
      );
    expect(runtimeCopies).toContain("--from=build /out/ ./");
    expect(runtimeCopies).toContain("--from=prod-deps /app/ ./");
    const tar =
      of(stage("build"), "RUN")
        .map(content)
        .find((c) => c.includes("tar --create")) ?? "";
    for (const path of tar.match(/\.\/[\w./-]+/g)!.filter((p) => !p.includes("*"))) expect(exists(path), path).toBe(true);
  });

  it("runs as a numeric non-root user, with a healthcheck, and the entrypoint in exec form", () => {
    const runtime = stage("runtime");
    expect(runtime.from).toBe("${NODE_IMAGE}");
    const user = of(runtime, "USER").map(content).at(-1);
    expect(user).toMatch(/^[1-9]\d*:[1-9]\d*$/); // numeric: Kubernetes' runAsNonRoot can verify it
    const health = of(runtime, "HEALTHCHECK").map(content).join(" ");
    expect(health).toContain('CMD ["node", "/app/infra/docker/healthcheck.mjs"]');
    expect(of(runtime, "ENTRYPOINT").map(content)).toEqual(['["/app/infra/docker/entrypoint.sh"]']);
    expect(of(runtime, "CMD").map(content)).toEqual(['["api"]']);
  });

  it("bakes in no secret: no ENV or ARG names a secret setting, and no .env file reaches the context", () => {
    const settings = dockerfile
      .getInstructions()
      .filter((i) => ["ENV", "ARG"].includes(i.getKeyword()))
      .map(content)
      .join("\n");
    expect(settings).not.toMatch(/SECRET|TOKEN|PASSWORD|KEY|DATABASE_URL|SMTP_URL/i);
    expect(ignored.some((re) => re.test(".env"))).toBe(true);
    expect(ignored.some((re) => re.test("infra/.env"))).toBe(true);
  });

  it("the entrypoint starts the four commands from files that exist, as scripts/start.ts does", () => {
    const entry = read("infra/docker/entrypoint.sh");
    for (const [command, file] of [
      ["api", "services/api/src/server.ts"],
      ["web", "services/web/src/server.ts"],
      ["worker", "services/worker/src/main.ts"],
      ["migrate", "scripts/migrate.ts"],
    ] as const) {
      // The API's line carries its heap ceiling first (issue 22, infra/test/k8s.test.ts).
      const flags = command === "api" ? '--max-old-space-size="${API_MAX_OLD_SPACE_MB:-256}" ' : "";
      expect(entry).toContain(`${command}) exec node ${flags}--import tsx ${file} "$@" ;;`);
      expect(exists(file), file).toBe(true);
      if (command !== "migrate") expect(read("scripts/start.ts")).toContain(`"${file}"`);
    }
  });
});
