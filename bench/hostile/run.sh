#!/usr/bin/env bash
# Measures every hostile-input case (tests/Shared/Hostile/HostileCases.cs), each in its own process, and writes
# bench/hostile/results.md: elapsed time to the error and the process's peak working set (including the .NET
# runtime's own ~60-90 MB). Usage: bench/hostile/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
project="$here/AiRegOps.Hostile.Bench"
dotnet build "$project" -c Release -nologo -v quiet -clp:ErrorsOnly
dll="$project/bin/Release/net10.0/AiRegOps.Hostile.Bench.dll"
out="$here/results.md"
{
  echo "# Hostile-input bounds (measured)"
  echo
  echo "Run: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Each case in a fresh process; time from feeding the input to the error (includes first-use JIT);"
  echo "peak = the process's peak working set (MB), start = before the case ran (runtime + the hostile input, built beforehand where a case says so; time excludes building it)."
  echo
  echo "| case | ms | peak MB | start MB | outcome | message (start) |"
  echo "| --- | ---: | ---: | ---: | --- | --- |"
  for id in $(dotnet "$dll"); do
    dotnet "$dll" "$id" || true
  done
  echo
  echo "Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)."
} > "$out"
cat "$out"
