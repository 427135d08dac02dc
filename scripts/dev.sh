#!/usr/bin/env bash
# Installs whatever is missing, then serves the app with live reload on 127.0.0.1.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
setup
cd "$ROOT"
PORT=${PORT:-8080}
say "Partner Fit: http://127.0.0.1:$PORT/ (live reload; Ctrl-C stops)"
exec trunk serve --address 127.0.0.1 --port "$PORT"
