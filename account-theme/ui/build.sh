#!/bin/sh
# Builds the account console theme with the machine's own Node.js and npm (called by Maven).
# npm ci installs exactly package-lock.json; it runs again only when the lock file changed.
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
npm run --silent build
