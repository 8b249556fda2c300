#!/usr/bin/env bash
# Evidence benchmark: every size, for a file and for a read-once stream, uploaded to Azurite with a plain
# BlobClient.UploadAsync and with the evidence service, alternately, in one run; ratios of the medians.
# Usage: bench/evidence/run.sh [sizes-MiB=1,8,64,256,1024] [rounds=3, made even, at least 8 below 256 MiB] [--modes file,stream] [--verify ledger-entries]
# Writes bench/evidence/results.md (earlier runs kept below "## Earlier runs"); exits 1 if a target does not hold.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d node_modules/azurite ] || npm ci --no-audit --no-fund --loglevel=error
dotnet build bench/evidence/AiRegOps.Evidence.Bench -c Release -nologo -v quiet -clp:ErrorsOnly
# Build servers left running would compete with the measurements for the two cores.
dotnet build-server shutdown >/dev/null 2>&1 || true
echo "uptime before: $(uptime)"
dotnet bench/evidence/AiRegOps.Evidence.Bench/bin/Release/net10.0/AiRegOps.Evidence.Bench.dll "$@"
echo "uptime after: $(uptime)"
