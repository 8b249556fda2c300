#!/usr/bin/env bash
# Runs every test project (xunit, and the Pester suites that xunit hosts) once, then prints one summary line
# "N passed, N failed[, N skipped]" read from the test result files.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results/pester"

# Test tools that tests start themselves (Azurite) are pinned in package-lock.json.
if [ -f package-lock.json ] && grep -q '"node_modules/' package-lock.json; then
  npm ci --no-audit --no-fund --loglevel=error
fi
dotnet tool restore >/dev/null

# One restore and one build of the whole solution; tests then run without rebuilding.
dotnet build AiRegOps.sln -c Release -nologo -v quiet -clp:ErrorsOnly

status=0

# The module package (out/packages/AiRegOps.<version>.nupkg) from that build; PackageInstallTests installs it.
bash build/package.sh --no-build || status=$?

# infra/*.bicep compiled and linted (any warning fails) into out/infra/, where the Functions tests read the settings.
bash build/bicep.sh || status=$?

test_status=0
AIREGOPS_TEST_RESULTS="$results/pester" dotnet test AiRegOps.sln -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" || test_status=$?
if [ "$status" -eq 0 ]; then
  status=$test_status
fi

summary_status=0
node build/summarize-tests.mjs "$results" || summary_status=$?
if [ "$status" -eq 0 ] && [ "$summary_status" -ne 0 ]; then
  status=$summary_status
fi
exit "$status"
