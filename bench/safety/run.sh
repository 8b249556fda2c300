#!/usr/bin/env bash
# Safety benchmark: the core library over 1,000,000 judgements (time and memory), then Measure-GenAiSafety from pwsh
# over a 1,000,000-line file. Everything pinned to one core. Usage: bench/safety/run.sh [runs=5]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-5}"
file="${TMPDIR:-/tmp}/safety-1m.jsonl"
dotnet build bench/safety/AiRegOps.Safety.Bench -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet build module/AiRegOps.PowerShell -c Release -nologo -v quiet -clp:ErrorsOnly
echo "## $(date -u '+%Y-%m-%d %H:%M UTC'), uptime: $(uptime)"
echo "### core library (taskset -c 0)"
taskset -c 0 dotnet bench/safety/AiRegOps.Safety.Bench/bin/Release/net10.0/AiRegOps.Safety.Bench.dll "$file" "$runs"
echo "### Measure-GenAiSafety over the same file (taskset -c 0, one pwsh process)"
manifest="$PWD/AiRegOps.psd1"
taskset -c 0 dotnet pwsh -NoProfile -NonInteractive -Command "
  Import-Module '$manifest'
  foreach (\$run in 1..$runs) {
    \$p = [Diagnostics.Process]::GetCurrentProcess(); \$cpu = \$p.TotalProcessorTime
    \$t = Measure-Command { \$r = Measure-GenAiSafety '$file' -AsOf 2026-01-01 }
    \$p.Refresh(); \$used = (\$p.TotalProcessorTime - \$cpu).TotalMilliseconds
    '{0}: {1:N0} ms wall, {2:N0} ms CPU, {3} results' -f \$(if (\$run -eq 1) { 'first call (includes JIT)' } else { \"call \$run\" }), \$t.TotalMilliseconds, \$used, @(\$r).Count
  }"
