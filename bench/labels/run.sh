#!/usr/bin/env bash
# Label-check benchmark, every carrier: files/s on one core over 1 MiB files (warm cache, label after the media data
# where the format allows it; Ogg's comment header is at the head by format), bytes read per file, ranged reads per blob
# from Azurite. Usage: bench/labels/run.sh [files-per-format=64] [seconds-per-format=2]. Writes bench/labels/results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -d node_modules/azurite ] || npm ci --no-audit --no-fund --loglevel=error
dotnet build bench/labels/AiRegOps.Labels.Bench -c Release -nologo -v quiet -clp:ErrorsOnly
uptime
# The program pins itself to core 0 as well; taskset makes the pinning visible to whoever reads this line.
pin=(); command -v taskset >/dev/null && pin=(taskset -c 0)
"${pin[@]}" dotnet bench/labels/AiRegOps.Labels.Bench/bin/Release/net10.0/AiRegOps.Labels.Bench.dll "${1:-64}" "${2:-2}" bench/labels/results.md
