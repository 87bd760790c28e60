#!/usr/bin/env bash
# The one test command (README): provisions PostgreSQL + Redis (embedded defaults unless
# DATABASE_URL / REDIS_URL are set), then runs lint, typecheck and every test.
# `--scale`: only the scale-out scenarios (services/worker/test/scale), which start their own engines.
set -euo pipefail
cd "$(dirname "$0")/.."
# The scale-out scenarios also need Debian's haproxy (the load-balancer scenario puts it in front of
# three api processes); Sentinel is redis-server --sentinel, PostgreSQL the embedded binaries. The
# ordinary run does not install it.
debs=(chromium:chromium)
for arg in "$@"; do
  if [ "$arg" = --scale ]; then debs+=(haproxy:haproxy); fi
done
bash scripts/bootstrap.sh "${debs[@]}"
exec pnpm exec tsx scripts/test.ts "$@"
