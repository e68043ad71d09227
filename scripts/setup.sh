#!/usr/bin/env bash
# Installs what atsetl needs to build and is missing: libxml2's and zlib's headers (Debian
# libxml2-dev, zlib1g-dev) and pkg-config. Safe to run again; does nothing when everything is
# there.
set -euo pipefail

if ! command -v swift >/dev/null 2>&1; then
  echo "setup: Swift 6.2 or newer is required (https://swift.org/install); 'swift' is not on PATH" >&2
  exit 1
fi

if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libxml-2.0 zlib; then
  exit 0
fi

echo "setup: installing libxml2-dev, zlib1g-dev and pkg-config (headers not found by pkg-config)" >&2
if [ "$(id -u)" = 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-dev zlib1g-dev pkg-config
elif command -v sudo >/dev/null 2>&1; then
  sudo apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-dev zlib1g-dev pkg-config
else
  echo "setup: please install libxml2-dev, zlib1g-dev and pkg-config (e.g. apt-get install libxml2-dev zlib1g-dev pkg-config)" >&2
  exit 1
fi
