#!/bin/sh
# The image's one entry point: the first argument names the process (Dockerfile, infra/README.md).
# exec: node becomes PID 1 and gets SIGTERM itself (each service closes cleanly on it).
set -eu
cd "$(dirname "$0")/../.."
service="${1:-api}"
[ "$#" -gt 0 ] && shift
case "$service" in
  api) exec node --import tsx services/api/src/server.ts "$@" ;;
  web) exec node --import tsx services/web/src/server.ts "$@" ;;
  worker) exec node --import tsx services/worker/src/main.ts "$@" ;;
  migrate) exec node --import tsx scripts/migrate.ts "$@" ;;
  *)
    echo "usage: entrypoint.sh api|web|worker|migrate (got: $service)" >&2
    exit 64
    ;;
esac
