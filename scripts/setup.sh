#!/usr/bin/env bash
# Install everything the app and its tests need on a fresh Debian machine (run as root).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "Installing Debian chromium and chromium-driver (browser tests and chart export)"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
fi

python3 -m pip install -q --disable-pip-version-check -r requirements.txt
