#!/usr/bin/env bash
# Builds the laid-out module once (out/AiRegOps/) and publishes it as out/packages/AiRegOps.<version>.nupkg.
# --no-build publishes what the last build laid out (build/test.sh uses it after its one solution build).
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet tool restore >/dev/null
if [ "${1:-}" != "--no-build" ]; then
  dotnet build module/AiRegOps.PowerShell/AiRegOps.PowerShell.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
fi

# PSResourceGet keeps its repository list under XDG_DATA_HOME: a throw-away one leaves the user's list alone.
store="$(mktemp -d)"
trap 'rm -rf "$store"' EXIT
XDG_DATA_HOME="$store" POWERSHELL_TELEMETRY_OPTOUT=1 POWERSHELL_UPDATECHECK=Off \
  dotnet pwsh -NoProfile -NonInteractive -File build/Publish-ModulePackage.ps1
