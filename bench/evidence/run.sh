#!/usr/bin/env bash
# Evidence benchmark: 1 GiB to Azurite (plain upload vs evidence store), hashing, 100,000-entry ledger verification.
# Usage: bench/evidence/run.sh [size-MiB=1024] [ledger-entries=100000]. Writes bench/evidence/results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d node_modules/azurite ] || npm ci --no-audit --no-fund --loglevel=error
dotnet run -c Release --project bench/evidence/AiRegOps.Evidence.Bench -- "$@"
