#!/usr/bin/env bash
# Lint, check formatting, then run the whole test suite (unit, ETL, queries, browser).
set -euo pipefail
cd "$(dirname "$0")/.."

ruff check .
ruff format --check .
python3 -m pytest -q -p no:cacheprovider "$@"
