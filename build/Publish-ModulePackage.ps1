<#
.SYNOPSIS
Publishes the laid-out module folder (out/AiRegOps/, made by the build) as a NuGet package into a local file
repository, the way it would go to the PowerShell Gallery: out/packages/AiRegOps.<version>.nupkg.

.DESCRIPTION
Publish-PSResource needs a registered repository. The registration is made in a private PSResourceGet store
(XDG_DATA_HOME points at a temporary folder for this process), so the user's own repository list is never touched.
#>
[CmdletBinding()]
param(
    [string] $ModulePath = (Join-Path $PSScriptRoot '../out/AiRegOps'),
    [string] $OutputPath = (Join-Path $PSScriptRoot '../out/packages')
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$ModulePath = (Resolve-Path $ModulePath).Path
$manifest = Join-Path $ModulePath 'AiRegOps.psd1'
if (-not (Test-Path $manifest)) {
    throw "No laid-out module at $ModulePath (build module/AiRegOps.PowerShell first: npm run package does)."
}

$version = (Import-PowerShellDataFile $manifest).ModuleVersion
$null = New-Item -ItemType Directory -Force -Path $OutputPath
$OutputPath = (Resolve-Path $OutputPath).Path
$package = Join-Path $OutputPath "AiRegOps.$version.nupkg"
# A package of the same version is replaced: a file repository would otherwise refuse the publish.
Remove-Item -LiteralPath $package -ErrorAction SilentlyContinue

Import-Module Microsoft.PowerShell.PSResourceGet
$repository = 'AiRegOpsLocal'
Register-PSResourceRepository -Name $repository -Uri $OutputPath -Trusted -Force
try {
    Publish-PSResource -Path $ModulePath -Repository $repository -SkipDependenciesCheck
}
finally {
    Unregister-PSResourceRepository -Name $repository
}

if (-not (Test-Path $package)) {
    throw "Publish-PSResource did not write $package."
}
Write-Output "Published $package"
