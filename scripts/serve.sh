#!/usr/bin/env bash
# Installs what is missing, builds the package and serves the demo on localhost.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec node scripts/serve.mjs www "${PORT:-8080}"
