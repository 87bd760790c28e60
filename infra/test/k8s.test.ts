import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import { Job } from "kubernetes-models/batch/v1/Job";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { Service } from "kubernetes-models/v1/Service";
import { knownSettings, loadYamlDocuments, read, repoRoot } from "./lib.ts";

/**
 * Every manifest in infra/k8s, validated against the Kubernetes 1.36 OpenAPI definitions as the
 * npm package kubernetes-models 5.1.0 ships them: ajv validators compiled from those schemas
 * (infra/schemas/README.md says why not raw JSON schemas). Like the API server's schema, they do not
 * reject unknown fields: the policy checks below catch a misspelt probe or securityContext.
 */
type Validator = new (data: never) => { validate(): void };
const VALIDATORS: Record<string, Validator> = {
  "apps/v1/Deployment": Deployment as unknown as Validator,
  "autoscaling/v2/HorizontalPodAutoscaler": HorizontalPodAutoscaler as unknown as Validator,
  "batch/v1/Job": Job as unknown as Validator,
  "policy/v1/PodDisruptionBudget": PodDisruptionBudget as unknown as Validator,
  "v1/ConfigMap": ConfigMap as unknown as Validator,
  "v1/Service": Service as unknown as Validator,
};

interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string> };
  spec?: Record<string, unknown>;
  data?: Record<string, string>;
}
/** Throws with ajv's messages when the object does not conform; unknown kinds are refused. */
export function validateManifest(doc: unknown): void {
  const m = doc as Manifest;
  const Model = VALIDATORS[`${m.apiVersion}/${m.kind}`];
  if (!Model) throw new Error(`no schema for ${m.apiVersion} ${m.kind}`);
  new Model(doc as never).validate();
}

const dir = join(repoRoot, "infra/k8s");
const files = readdirSync(dir).filter((f) => f.endsWith(".yaml") && f !== "kustomization.yaml");
const manifests = files.flatMap((f) => loadYamlDocuments(read(`infra/k8s/${f}`)).map((doc) => ({ file: f, doc: doc as Manifest })));
const byKind = (kind: string) => manifests.filter((m) => m.doc.kind === kind).map((m) => m.doc);

interface Container {
  name: string;
  args?: string[];
  ports?: { name?: string; containerPort: number }[];
  livenessProbe?: { httpGet?: { path: string; port: string | number } };
  readinessProbe?: { httpGet?: { path: string; port: string | number } };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: { allowPrivilegeEscalation?: boolean; readOnlyRootFilesystem?: boolean; capabilities?: { drop?: string[] } };
  env?: { name: string; value?: string; valueFrom?: unknown }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
}
interface PodSpec {
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number };
  containers: Container[];
}
const podOf = (m: Manifest) => (m.spec as { template: { spec: PodSpec } }).template.spec;

describe("Kubernetes manifests (infra/k8s)", () => {
  it("every document of every file conforms to the Kubernetes 1.36 schema of its kind", () => {
    expect(files.sort()).toEqual(["api.yaml", "autoscaling.yaml", "configmap.yaml", "disruption-budgets.yaml", "migrate-job.yaml", "web.yaml", "worker.yaml"]);
    for (const { file, doc } of manifests) expect(() => validateManifest(doc), `${file} ${doc.kind} ${doc.metadata?.name}`).not.toThrow();
    expect(manifests.length).toBe(12);
  });

  it("the validation fails on broken manifests (a wrong type, a missing required field, an unknown kind)", () => {
    const api = structuredClone(byKind("Deployment").find((d) => d.metadata.name === "wijkwerk-api")!);
    expect(() => validateManifest({ ...api, spec: { ...api.spec, replicas: "two" } })).toThrow(/replicas must be integer/);
    const { selector: _dropped, ...noSelector } = api.spec!;
    expect(() => validateManifest({ ...api, spec: noSelector })).toThrow(/must have required property selector/);
    const badPort = structuredClone(api);
    podOf(badPort).containers[0]!.ports = [{ containerPort: "http" as unknown as number }];
    expect(() => validateManifest(badPort)).toThrow(/containerPort must be integer/);
    expect(() => validateManifest({ ...api, apiVersion: "apps/v1beta1" })).toThrow(/no schema/);
    const hpa = structuredClone(byKind("HorizontalPodAutoscaler")[0]!);
    expect(() => validateManifest({ ...hpa, spec: { ...hpa.spec, maxReplicas: undefined } })).toThrow(/maxReplicas/);
  });

  it("api, web and worker run the image's three commands with probes, resources and a locked-down context", () => {
    const deployments = byKind("Deployment");
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual(["wijkwerk-api", "wijkwerk-web", "wijkwerk-worker"]);
    const expected: Record<string, { args: string; port: number; ready: string }> = {
      "wijkwerk-api": { args: "api", port: 3000, ready: "/ready" },
      "wijkwerk-web": { args: "web", port: 3001, ready: "/health" },
      "wijkwerk-worker": { args: "worker", port: 3002, ready: "/ready" },
    };
    for (const d of deployments) {
      const pod = podOf(d);
      const want = expected[d.metadata.name]!;
      expect(pod.securityContext?.runAsNonRoot, d.metadata.name).toBe(true);
      expect(pod.securityContext?.runAsUser).toBe(1000);
      for (const c of pod.containers) {
        expect(c.args).toEqual([want.args]);
        expect(c.ports?.[0]?.containerPort).toBe(want.port);
        expect(c.livenessProbe?.httpGet?.path, d.metadata.name).toBe("/health");
        expect(c.readinessProbe?.httpGet?.path, d.metadata.name).toBe(want.ready);
        expect(Object.keys(c.resources?.requests ?? {}).sort()).toEqual(["cpu", "memory"]);
        expect(Object.keys(c.resources?.limits ?? {}).sort()).toEqual(["cpu", "memory"]);
        expect(c.securityContext).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } });
      }
    }
  });

  it("the API's heap ceiling (entrypoint.sh) leaves room in its pod's memory limit for the rest of the process", () => {
    // Issue 22: measured under the peak bench, the API's RSS is ~100-150 MB more than its old space
    // (young generation, tsx, code, native buffers). A ceiling too close to the limit is an OOM kill
    // instead of a collection.
    const ceiling = Number(/api\) exec node --max-old-space-size="\$\{API_MAX_OLD_SPACE_MB:-(\d+)\}"/.exec(read("infra/docker/entrypoint.sh"))?.[1]);
    const api = podOf(byKind("Deployment").find((d) => d.metadata.name === "wijkwerk-api")!).containers[0]!;
    const limit = /^(\d+)Mi$/.exec(api.resources?.limits?.memory ?? "")?.[1];
    expect(ceiling).toBeGreaterThan(0);
    expect(Number(limit) - ceiling).toBeGreaterThanOrEqual(192);
  });

  it("the API never gets the owner's connection; the worker and the migration Job do (with the encryption keys)", () => {
    const refs = (name: string) =>
      podOf(byKind("Deployment").find((d) => d.metadata.name === name)!).containers[0]!.envFrom!.map((e) => e.secretRef?.name ?? e.configMapRef?.name);
    expect(refs("wijkwerk-api")).toEqual(["wijkwerk-config", "wijkwerk-secrets", "wijkwerk-db-app"]);
    expect(refs("wijkwerk-worker")).toEqual(["wijkwerk-config", "wijkwerk-secrets", "wijkwerk-db-owner"]);
    expect(refs("wijkwerk-web")).toEqual(["wijkwerk-config"]);
    const job = byKind("Job")[0]!;
    const container = podOf(job).containers[0]!;
    expect(container.args).toEqual(["migrate"]);
    // The encryption keys too: the data migration encrypts plain personal numbers (docs/ENCRYPTION.md).
    expect(container.env!.map((e) => e.name)).toEqual(["NODE_ENV", "DATABASE_URL", "APP_DB_PASSWORD", "ENCRYPTION_KEYS", "LOOKUP_HMAC_KEY"]);
  });

  it("no secret value is in the repository: no Secret object, the ConfigMap holds only known, non-secret settings", () => {
    expect(byKind("Secret")).toEqual([]);
    const data = byKind("ConfigMap")[0]!.data!;
    for (const key of Object.keys(data)) {
      expect(knownSettings.has(key), key).toBe(true);
      expect(key).not.toMatch(/SECRET|TOKEN|PASSWORD|KEY|DATABASE_URL|REDIS_URL|SMTP_URL/);
    }
  });

  it("Services, budgets and autoscalers point at Deployments that exist, with matching labels and ports", () => {
    const deployments = new Map(byKind("Deployment").map((d) => [d.metadata.name, d]));
    const labelsOf = (name: string) => (deployments.get(name)!.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels;
    for (const s of byKind("Service")) {
      const sel = (s.spec as { selector: Record<string, string> }).selector;
      const target = [...deployments.keys()].find((n) => Object.entries(sel).every(([k, v]) => labelsOf(n)[k] === v));
      expect(target, s.metadata.name).toBeDefined();
      const portNames = podOf(deployments.get(target!)!).containers.flatMap((c) => c.ports?.map((p) => p.name));
      for (const p of (s.spec as { ports: { targetPort: string }[] }).ports) expect(portNames).toContain(p.targetPort);
    }
    for (const b of byKind("PodDisruptionBudget")) {
      const sel = (b.spec as { selector: { matchLabels: Record<string, string> } }).selector.matchLabels;
      expect(
        [...deployments.keys()].some((n) => Object.entries(sel).every(([k, v]) => labelsOf(n)[k] === v)),
        b.metadata.name,
      ).toBe(true);
    }
    const scaled = byKind("HorizontalPodAutoscaler").map((h) => (h.spec as { scaleTargetRef: { name: string } }).scaleTargetRef.name);
    expect(scaled.sort()).toEqual(["wijkwerk-api", "wijkwerk-worker"]);
    for (const name of scaled) expect(deployments.has(name)).toBe(true);
  });

  it("kustomization.yaml lists every manifest except the migration Job, which runs before the rollout", () => {
    const [k] = loadYamlDocuments(read("infra/k8s/kustomization.yaml")) as [{ resources: string[]; images: { name: string }[] }];
    expect(k.resources.sort()).toEqual(files.filter((f) => f !== "migrate-job.yaml").sort());
    expect(k.images.map((i) => i.name)).toEqual(["wijkwerk"]);
  });
});
