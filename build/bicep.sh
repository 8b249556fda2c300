#!/usr/bin/env bash
# Compiles and lints infra/*.bicep with the Bicep CLI restored from its NuGet package (build/bicep/bicep.csproj), no
# other download. Any diagnostic, warning or error, fails. The compiled template goes to out/infra/<name>.json, where
# the Functions tests read the app settings it gives the Function App.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet restore build/bicep/bicep.csproj -nologo -v quiet >/dev/null
version="$(sed -n 's/.*Azure.Bicep.CommandLine.linux-x64" Version="\[\([^]]*\)\]".*/\1/p' build/bicep/bicep.csproj)"
packages="$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: //p')"
bicep="${packages%/}/azure.bicep.commandline.linux-x64/$version/tools/bicep"
[ -x "$bicep" ] || chmod u+x "$bicep"

mkdir -p out/infra
failed=0
for file in infra/*.bicep; do
  name="$(basename "$file" .bicep)"
  for step in build lint; do
    if [ "$step" = build ]; then
      output="$("$bicep" build "$file" --outfile "out/infra/$name.json" 2>&1)" || failed=1
    else
      output="$("$bicep" lint "$file" 2>&1)" || failed=1
    fi
    if [ -n "$output" ]; then
      printf 'bicep %s %s:\n%s\n' "$step" "$file" "$output" >&2
      failed=1
    fi
  done
done
if [ "$failed" -ne 0 ]; then
  echo "bicep: infra/ has diagnostics (see above); warnings count as failures." >&2
  exit 1
fi
echo "bicep $version: infra/ compiles and lints clean -> out/infra/"
