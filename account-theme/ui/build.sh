#!/bin/sh
# Builds the account console theme with the machine's own Node.js and npm (called by Maven).
# npm ci installs exactly package-lock.json; it runs again only when the lock file changed.
# Lint (ESLint, then Prettier's check: `npm run lint`; `npm run format` rewrites the files), type check and Vite
# build run again only when their inputs changed (issue 12.2: a repeat ./run
# spent a minute or more rebuilding an unchanged bundle); the stamp lives beside the output, so a
# "mvn clean" builds again.
set -eu
cd "$(dirname "$0")"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "ERROR: building the mfa-portal account theme needs Node.js (18.18 or newer) and npm on the PATH." >&2
    echo "       Install them, e.g. 'apt-get install -y nodejs npm' on Debian, then run the build again." >&2
    exit 1
fi
if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>18||(a===18&&b>=18)?0:1)'; then
    echo "ERROR: Node.js $(node --version) is too old for the account theme build: 18.18 or newer is needed." >&2
    exit 1
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
fi

manifest=../target/ui-build/theme/mfa-portal/account/resources/.vite/manifest.json
stamp=../target/ui-build.inputs
inputs=$( { node --version; find src public package.json package-lock.json tsconfig.json vite.config.ts build.sh \
    eslint.config.js .prettierrc.json .prettierignore -type f \
    | LC_ALL=C sort | xargs sha256sum; } | sha256sum)
if [ -f "$manifest" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$inputs" ]; then
    echo "mfa-portal account theme: sources unchanged, Vite build skipped"
    exit 0
fi
rm -f "$stamp"
npm run --silent lint
npm run --silent build
echo "$inputs" > "$stamp"
