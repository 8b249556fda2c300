#!/usr/bin/env bash
# Measures what importing AiRegOps and running a first cmdlet adds to the start of a fresh `pwsh -NoProfile`.
#
#   bash bench/module-import/measure.sh [runs]        (default 15 runs of each command; run from anywhere)
#
# Both commands run through the repository's pinned pwsh (`dotnet pwsh`, the local dotnet tool), from the repository
# root, alternating so that machine noise hits both alike. The difference of the medians is the module's cost; the
# target is under 300 ms (issue 9). The load average (uptime) is recorded beside the numbers. Results are printed and written to bench/module-import/results.md. Build first
# (`dotnet build module/AiRegOps.PowerShell -c Release`).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-15}"
export POWERSHELL_TELEMETRY_OPTOUT=1 POWERSHELL_UPDATECHECK=Off DOTNET_NOLOGO=1 NO_COLOR=1

# AIREGOPS_MODULE=<manifest> times another laid-out module (say, an older build copied aside) against the same baseline.
manifest="${AIREGOPS_MODULE:-./AiRegOps.psd1}"
baseline='exit'
module='Import-Module '"$manifest"'; $null = Get-ComplianceSchedule -Path ./examples/genai-chat -AsOf 2026-04-01; exit'
variants=(
  "Import-Module $manifest; exit"
  "Import-Module $manifest; \$null = Get-AiRegulation; exit"
)

test -f out/AiRegOps/AiRegOps.psd1 || { echo "Build the module first: dotnet build module/AiRegOps.PowerShell -c Release" >&2; exit 1; }
dotnet tool restore >/dev/null
# The command must work before it is timed.
dotnet pwsh -NoProfile -NonInteractive -c "$module" >/dev/null

# Prints "wall_ms cpu_ms" of one fresh pwsh running the command. CPU time (user + system, all threads) is what
# a loaded machine distorts least; wall time is what the target is about.
time_ms() {
  local TIMEFORMAT='%R %U %S' t
  t=$( { time dotnet pwsh -NoProfile -NonInteractive -c "$1" >/dev/null 2>&1; } 2>&1 )
  awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' <<<"$t"
}

stats() { # median and mean of the numbers on stdin, in ms
  sort -n | awk '{ a[NR] = $1; s += $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%d %d\n", m, s / NR }'
}

load_before=$(uptime)
# Warm the file cache once, then alternate.
time_ms "$baseline" >/dev/null; time_ms "$module" >/dev/null
base_times=(); module_times=(); import_times=(); regulation_times=()
base_cpu=(); module_cpu=(); import_cpu=(); regulation_cpu=()
for ((i = 1; i <= runs; i++)); do
  read -r w c < <(time_ms "$baseline"); base_times+=("$w"); base_cpu+=("$c")
  read -r w c < <(time_ms "$module"); module_times+=("$w"); module_cpu+=("$c")
  read -r w c < <(time_ms "${variants[0]}"); import_times+=("$w"); import_cpu+=("$c")
  read -r w c < <(time_ms "${variants[1]}"); regulation_times+=("$w"); regulation_cpu+=("$c")
  echo "run $i/$runs (wall/cpu ms): exit ${base_times[-1]}/${base_cpu[-1]}, import+schedule ${module_times[-1]}/${module_cpu[-1]}, import ${import_times[-1]}/${import_cpu[-1]}, import+Get-AiRegulation ${regulation_times[-1]}/${regulation_cpu[-1]}" >&2
done

read -r base_median base_mean < <(printf '%s\n' "${base_times[@]}" | stats)
read -r module_median module_mean < <(printf '%s\n' "${module_times[@]}" | stats)
read -r import_median import_mean < <(printf '%s\n' "${import_times[@]}" | stats)
read -r regulation_median regulation_mean < <(printf '%s\n' "${regulation_times[@]}" | stats)
read -r base_cpu_median _ < <(printf '%s\n' "${base_cpu[@]}" | stats)
read -r module_cpu_median _ < <(printf '%s\n' "${module_cpu[@]}" | stats)
read -r import_cpu_median _ < <(printf '%s\n' "${import_cpu[@]}" | stats)
read -r regulation_cpu_median _ < <(printf '%s\n' "${regulation_cpu[@]}" | stats)
diff_median=$((module_median - base_median))
diff_mean=$((module_mean - base_mean))
verdict=$([ "$diff_median" -lt 300 ] && echo "under the 300 ms target" || echo "OVER the 300 ms target")
load_before=${load_before:-unknown}
load_after=$(uptime)

report=$(cat <<MD
# Module import time

Measured $(date -u +%Y-%m-%d) on $(nproc) cores, $runs runs of each command alternating, with \`bash bench/module-import/measure.sh $runs\`
(\`dotnet pwsh\` $(dotnet pwsh -NoProfile -c '$PSVersionTable.PSVersion.ToString()'), from the repository root). Times include starting \`dotnet\` and \`pwsh\`.
Machine load: before \`${load_before}\`; after \`${load_after}\`. Other builds share the machine, so compare the difference
of the medians (measured in the same alternating loop), not the absolute times.

| command | median | mean | CPU median (user + sys) |
| --- | --- | --- | --- |
| \`pwsh -NoProfile -c 'exit'\` | ${base_median} ms | ${base_mean} ms | ${base_cpu_median} ms |
| \`Import-Module ./AiRegOps.psd1; exit\` | ${import_median} ms | ${import_mean} ms | ${import_cpu_median} ms |
| \`Import-Module ./AiRegOps.psd1; Get-AiRegulation\` | ${regulation_median} ms | ${regulation_mean} ms | ${regulation_cpu_median} ms |
| \`Import-Module ./AiRegOps.psd1; Get-ComplianceSchedule -Path ./examples/genai-chat\` | ${module_median} ms | ${module_mean} ms | ${module_cpu_median} ms |
| **difference (import + first schedule - exit)** | **${diff_median} ms** | **${diff_mean} ms** | **$((module_cpu_median - base_cpu_median)) ms** |

The module's cost is ${diff_median} ms (median), ${verdict}. Raw times (ms):

- exit: ${base_times[*]}
- import + Get-ComplianceSchedule: ${module_times[*]}
- import only: ${import_times[*]}
- import + Get-AiRegulation: ${regulation_times[*]}
- CPU (user + sys) of the same runs: exit ${base_cpu[*]}; import + Get-ComplianceSchedule ${module_cpu[*]}; import only ${import_cpu[*]}
MD
)
if [ -n "${AIREGOPS_MODULE:-}" ]; then
  echo "$report"   # a comparison run: results.md keeps the repository's own module
else
  echo "$report" | tee bench/module-import/results.md
fi
