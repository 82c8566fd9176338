#!/usr/bin/env bash
# Runs a command with Node 22+ on PATH and the project's npm dependencies installed.
# Why: the machine's own Node may be older (Debian ships 20); current wrangler, vitest
# and openai need 22, so we bring Node 22 from the npm registry into .tools/ once.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools/node22"

node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if command -v node >/dev/null && [ "$(node_major node)" -ge 22 ]; then
  :
else
  if [ ! -x "$tools/node_modules/node/bin/node" ]; then
    echo "igny8: system Node is older than 22; fetching node@22 from the npm registry into .tools/ …" >&2
    mkdir -p "$tools"
    [ -f "$tools/package.json" ] || echo '{"private":true,"allowScripts":{"node":true}}' > "$tools/package.json"
    (cd "$tools" && npm install --no-audit --no-fund --loglevel=error node@22 >&2)
  fi
  export PATH="$tools/node_modules/node/bin:$PATH"
fi

export WRANGLER_SEND_METRICS=false
export CLOUDFLARE_CF_FETCH_ENABLED=false
export NPM_CONFIG_UPDATE_NOTIFIER=false

# Install (or refresh) dependencies when the lockfile is newer than the installed tree.
stamp="$root/node_modules/.package-lock.json"
if [ ! -f "$stamp" ] || [ "$root/package-lock.json" -nt "$stamp" ]; then
  echo "igny8: installing npm dependencies (npm ci) …" >&2
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi

cd "$root"
exec "$@"
