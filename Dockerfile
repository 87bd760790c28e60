# syntax=docker/dockerfile:1
# Wijkwerk: one image, four commands (infra/docker/entrypoint.sh): api | web | worker | migrate.
# The services run their TypeScript through tsx, as scripts/start.ts starts them: there is no emit step,
# so the build stage type-checks instead of compiling. Nothing secret is copied or set here: every
# secret comes from the environment at run time (infra/README.md).
ARG NODE_IMAGE=node:22-bookworm-slim

# ── base: Node and pnpm, pinned and installed with npm as scripts/bootstrap.sh does
FROM ${NODE_IMAGE} AS base
ARG PNPM_VERSION=10.34.8
ENV CI=true
RUN npm install -g "pnpm@${PNPM_VERSION}" && npm cache clean --force
WORKDIR /app

# ── manifests: what pnpm needs to resolve the workspace (a cached layer while no package.json changes)
FROM base AS manifests
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY patches/ patches/
COPY packages/config/package.json packages/config/
COPY packages/crypto/package.json packages/crypto/
COPY packages/db/package.json packages/db/
COPY packages/domain/package.json packages/domain/
COPY packages/log/package.json packages/log/
COPY packages/notify/package.json packages/notify/
COPY packages/observability/package.json packages/observability/
COPY packages/queue/package.json packages/queue/
COPY services/api/package.json services/api/
COPY services/web/package.json services/web/
COPY services/worker/package.json services/worker/
COPY scripts/package.json scripts/
COPY bench/package.json bench/
COPY infra/package.json infra/

# ── build: every dependency, the sources, the type check; /out gets the checked sources without tests
FROM manifests AS build
RUN --mount=type=cache,id=wijkwerk-pnpm,target=/pnpm/store \
    pnpm install --frozen-lockfile --store-dir /pnpm/store
COPY . .
RUN pnpm --recursive --workspace-concurrency=1 run typecheck
RUN mkdir -p /out \
 && tar --create --exclude=node_modules --exclude='./packages/*/test' --exclude='./services/*/test' \
      ./package.json ./tsconfig.base.json ./packages ./services ./scripts/migrate.ts ./infra/docker \
    | tar --extract --directory /out

# ── prod-deps: production dependencies only (tsx included: it runs the services)
FROM manifests AS prod-deps
RUN --mount=type=cache,id=wijkwerk-pnpm,target=/pnpm/store \
    pnpm install --frozen-lockfile --prod --store-dir /pnpm/store

# ── runtime: no pnpm, no compiler, no tests; files owned by root, the process runs as uid 1000
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    API_HOST=0.0.0.0 \
    DEV_SINK_DIR=/tmp/outbox
WORKDIR /app
COPY --from=prod-deps /app/ ./
COPY --from=build /out/ ./
RUN chmod 0755 /app/infra/docker/entrypoint.sh
USER 1000:1000
EXPOSE 3000 3001 3002
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "/app/infra/docker/healthcheck.mjs"]
ENTRYPOINT ["/app/infra/docker/entrypoint.sh"]
CMD ["api"]
