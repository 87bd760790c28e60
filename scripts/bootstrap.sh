#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: pnpm (pinned, via npm: corepack cannot
# verify pnpm's signature here), the workspace's packages, and Debian packages the runtime or
# the tests use when we are root and they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PNPM_VERSION=10.34.8

if ! command -v node >/dev/null; then echo "Node.js 20 or newer is needed: https://nodejs.org" >&2; exit 1; fi
if ! command -v pnpm >/dev/null || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
  echo "» installing pnpm $PNPM_VERSION with npm"
  npm install -g "pnpm@$PNPM_VERSION" --silent >/dev/null 2>&1 || npm install -g "pnpm@$PNPM_VERSION"
fi

apt_missing=()
need_deb() { command -v "$1" >/dev/null || apt_missing+=("$2"); }
[ -z "${REDIS_URL:-}" ] && need_deb redis-server redis-server
for extra in "$@"; do need_deb "${extra%%:*}" "${extra##*:}"; done
if [ ${#apt_missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "» installing Debian packages: ${apt_missing[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_missing[@]}" >/dev/null
  else
    echo "Missing: ${apt_missing[*]} (install them, or run as root so this script can)" >&2
  fi
fi

echo "» installing packages (pnpm install)"
pnpm install --frozen-lockfile --reporter=silent
