#!/usr/bin/env bash
# Install everything the app and its tests need on a fresh Debian machine (run as root).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
command -v chromium >/dev/null || packages+=(chromium)
command -v chromedriver >/dev/null || packages+=(chromium-driver)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || packages+=(postgresql)
if [ ${#packages[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${packages[*]} (browser tests, chart export, PostgreSQL tests)"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${packages[@]}"
fi

python3 -m pip install -q --disable-pip-version-check -r requirements.txt
