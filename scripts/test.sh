#!/usr/bin/env bash
# The one test command (README): provisions PostgreSQL + Redis (embedded defaults unless
# DATABASE_URL / REDIS_URL are set), then runs lint, typecheck and every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh chromium:chromium
exec pnpm exec tsx scripts/test.ts "$@"
