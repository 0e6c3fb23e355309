#!/bin/sh
# Builds the mfa-portal admin theme (Keycloak's admin console from @keycloak/keycloak-admin-ui plus the portal's
# screens) with the machine's own Node.js and npm, called by Maven. Same shape as account-theme/ui/build.sh:
# npm ci only when the lock file changed; lint (ESLint, then Prettier's check: `npm run lint`; `npm run format`
# rewrites the files), type check and Vite build only when their inputs changed.
set -eu
cd "$(dirname "$0")"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "ERROR: building the mfa-portal admin theme needs Node.js (18.18 or newer) and npm on the PATH." >&2
    exit 1
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
fi

manifest=../target/ui-build/theme/mfa-portal/admin/resources/.vite/manifest.json
stamp=../target/ui-build.inputs
inputs=$( { node --version; find src package.json package-lock.json tsconfig.json vite.config.ts build.sh \
    eslint.config.js .prettierrc.json .prettierignore -type f \
    | LC_ALL=C sort | xargs sha256sum; } | sha256sum)
if [ -f "$manifest" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$inputs" ]; then
    echo "mfa-portal admin theme: sources unchanged, Vite build skipped"
    exit 0
fi
rm -f "$stamp"
npm run --silent lint
npm run --silent typecheck
npm run --silent build
echo "$inputs" > "$stamp"
