#!/bin/sh
# The image's one entry point: the first argument names the process (Dockerfile, infra/README.md).
# exec: node becomes PID 1 and gets SIGTERM itself (each service closes cleanly on it).
set -eu
cd "$(dirname "$0")/../.."
service="${1:-api}"
[ "$#" -gt 0 ] && shift
# The API's JavaScript heap has a fixed ceiling (issue 22): V8 otherwise sizes it from the memory it
# sees (the host's 4 GB on a bench machine, the cgroup limit in a pod, depending on the Node version)
# and lets garbage pile up towards it between full collections: ~100 MB live swung to 475 MB RSS.
# 256 MB leaves room in the pod's 512Mi (infra/k8s/api.yaml) for the young generation (32 MB), tsx
# and native memory (~100-150 MB); infra/test/k8s.test.ts keeps the two together.
case "$service" in
  api) exec node --max-old-space-size="${API_MAX_OLD_SPACE_MB:-256}" --import tsx services/api/src/server.ts "$@" ;;
  web) exec node --import tsx services/web/src/server.ts "$@" ;;
  worker) exec node --import tsx services/worker/src/main.ts "$@" ;;
  migrate) exec node --import tsx scripts/migrate.ts "$@" ;;
  *)
    echo "usage: entrypoint.sh api|web|worker|migrate (got: $service)" >&2
    exit 64
    ;;
esac
