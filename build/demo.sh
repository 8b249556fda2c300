#!/usr/bin/env bash
# Builds the module and prints the compliance schedule of every bundled example as of today (China time).
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet tool restore >/dev/null
dotnet build module/AiRegOps.PowerShell/AiRegOps.PowerShell.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet pwsh -NoProfile -NonInteractive -File examples/Show-ComplianceSchedule.ps1 -Path examples "$@"
