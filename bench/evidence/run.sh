#!/usr/bin/env bash
# Evidence benchmark: 1 GiB to Azurite (plain upload vs evidence store), hashing, 100,000-entry ledger verification.
# Usage: bench/evidence/run.sh [size-MiB=1024] [ledger-entries=100000]. Writes bench/evidence/results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d node_modules/azurite ] || npm ci --no-audit --no-fund --loglevel=error
dotnet build bench/evidence/AiRegOps.Evidence.Bench -c Release -nologo -v quiet -clp:ErrorsOnly
# Build servers left running would compete with the measurements for the two cores.
dotnet build-server shutdown >/dev/null 2>&1 || true
dotnet bench/evidence/AiRegOps.Evidence.Bench/bin/Release/net10.0/AiRegOps.Evidence.Bench.dll "$@"
