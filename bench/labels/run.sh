#!/usr/bin/env bash
# Label-check benchmark: files/s on one core over 1 MiB files (warm cache), bytes read per file, ranged reads per blob
# from Azurite. Usage: bench/labels/run.sh [files-per-format=64] [seconds-per-format=2]. Writes bench/labels/results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d node_modules/azurite ] || npm ci --no-audit --no-fund --loglevel=error
dotnet build bench/labels/AiRegOps.Labels.Bench -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet bench/labels/AiRegOps.Labels.Bench/bin/Release/net10.0/AiRegOps.Labels.Bench.dll "${1:-64}" "${2:-2}" bench/labels/results.md
