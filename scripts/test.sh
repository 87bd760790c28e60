#!/usr/bin/env bash
# The one test command (README): provisions PostgreSQL + Redis (embedded defaults unless
# DATABASE_URL / REDIS_URL are set), then runs lint, typecheck and every test.
# `--scale`: only the scale-out scenarios (services/worker/test/scale), which start their own engines.
set -euo pipefail
cd "$(dirname "$0")/.."
# --scale (issue 21): the scale-out scenarios also need Debian's haproxy (Sentinel is redis-server --sentinel).
extras=(chromium:chromium)
for arg in "$@"; do [ "$arg" = "--scale" ] && extras+=(haproxy:haproxy); done
bash scripts/bootstrap.sh "${extras[@]}"
exec pnpm exec tsx scripts/test.ts "$@"
