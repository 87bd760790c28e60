#!/usr/bin/env bash
# The one start command (README): installs what is needed, provisions PostgreSQL + Redis
# (embedded defaults unless DATABASE_URL / REDIS_URL are set), migrates, seeds the demo tenant
# and runs api, worker and web until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec pnpm exec tsx scripts/start.ts "$@"
