#!/usr/bin/env bash
# Renders output/review.html (or PAGE) to a PNG with headless Chromium, so that a person can
# look at the page without a browser: `bash scripts/render-review.sh [PAGE] [PNG] [WIDTHxHEIGHT]`.
# Installs Debian's chromium when it is missing and apt-get is usable (root, e.g. in CI).
set -euo pipefail
cd "$(dirname "$0")/.."
page=${1:-output/review.html}
png=${2:-${page%.html}.png}
size=${3:-1280x2400}
[ -f "$page" ] || { echo "render-review: $page not found; run 'make run' first" >&2; exit 66; }
absolute() { case $1 in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "render-review: installing chromium (Debian)…" >&2
  apt-get install -y --no-install-recommends chromium fonts-dejavu-core >/dev/null 2>&1 ||
    { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends chromium fonts-dejavu-core >/dev/null 2>&1; } || true
  browser=$(command -v chromium || true)
fi
[ -n "$browser" ] || { echo "render-review: no chromium found; skipped" >&2; exit 0; }
# --no-sandbox: CI and containers run as root, where Chromium's sandbox refuses to start.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
  --window-size="${size/x/,}" --screenshot="$(absolute "$png")" "file://$(absolute "$page")" 2>/dev/null
echo "render-review: $png"
