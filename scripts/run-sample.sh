#!/usr/bin/env bash
# Installs, builds, makes the bundled sample district project and opens it in the app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
mkdir -p build/sample
bash scripts/make-sample-project.sh build/app/fangan build/sample/andorra.sqlite
exec build/app/fangan-app build/sample/andorra.sqlite "$@"
