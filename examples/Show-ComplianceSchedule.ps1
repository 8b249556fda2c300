<#
.SYNOPSIS
Prints the compliance schedule of every service profile under a folder, as of today in China.

.DESCRIPTION
The README's first command runs this script. For each service it shows whether it has public-opinion attributes
(SA2018 Art. 2) and the obligations that apply to it, with their due dates and status, most urgent first.
Obligations that do not apply are left out; pass -IncludeNotApplicable to see them and why.

.EXAMPLE
./examples/Show-ComplianceSchedule.ps1 -Path ./examples -AsOf 2025-10-01
#>
[CmdletBinding()]
param(
    [string] $Path = $PSScriptRoot,
    [datetime] $AsOf,
    [switch] $IncludeNotApplicable
)

$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot '..' 'AiRegOps.psd1') -Force

$schedule = @{ IncludeNotApplicable = $IncludeNotApplicable }
if ($PSBoundParameters.ContainsKey('AsOf')) { $schedule.AsOf = $AsOf }
$width = [Math]::Max(150, $Host.UI.RawUI.BufferSize.Width)

foreach ($service in Import-ServiceProfile -Path $Path) {
    $attributes = $service | Test-PublicOpinionAttribute
    $items = @($service | Get-ComplianceSchedule @schedule)
    $counts = ($items | Group-Object Status | ForEach-Object { '{0} {1}' -f $_.Count, $_.Name }) -join ', '
    Write-Host ''
    Write-Host ('{0} - {1}' -f $service.Name, $service.Provider.Name)
    Write-Host ('  public-opinion attributes: {0}' -f $attributes.Summary)
    Write-Host ('  {0}' -f $counts)
    $items | Format-Table | Out-String -Width $width | Write-Host
}
