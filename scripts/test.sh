#!/usr/bin/env bash
# The one test command (README): provisions PostgreSQL + Redis (embedded defaults unless
# DATABASE_URL / REDIS_URL are set), then runs lint, typecheck and every test.
# `--scale`: only the scale-out scenarios (services/worker/test/scale), which start their own engines.
set -euo pipefail
cd "$(dirname "$0")/.."
# The scale-out scenarios need nothing more: Sentinel is redis-server --sentinel, PostgreSQL the
# embedded binaries. (The load-balancer scenario with HAProxy is not in yet: docs/SCALE-TESTS.md.)
bash scripts/bootstrap.sh chromium:chromium
exec pnpm exec tsx scripts/test.ts "$@"
