#!/usr/bin/env bash
# Runs every benchmark in bench/*.bench.ts against provisioned services (see scripts/bench.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec pnpm exec tsx scripts/bench.ts "$@"
