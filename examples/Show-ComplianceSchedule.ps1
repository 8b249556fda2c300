<#
.SYNOPSIS
Prints the compliance schedule of every service profile under a folder, as of today in China.

.DESCRIPTION
The README's first command runs this script. For each service it shows whether it has public-opinion attributes
(SA2018 Art. 2) and the obligations that apply to it, with their due dates and status. Obligations that do not
apply are left out; pass -IncludeNotApplicable to see them and why.

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

$profiles = Import-ServiceProfile -Path $Path
$schedule = @{ IncludeNotApplicable = $IncludeNotApplicable }
if ($PSBoundParameters.ContainsKey('AsOf')) { $schedule.AsOf = $AsOf }

foreach ($service in $profiles) {
    $attributes = $service | Test-PublicOpinionAttribute
    Write-Host ''
    Write-Host ("{0}  ({1})" -f $service.Name, $service.Provider.Name) -ForegroundColor Cyan
    Write-Host ("  public-opinion attributes: {0}" -f $attributes.Summary)
    $service | Get-ComplianceSchedule @schedule | Format-Table -Property Status, DueDate, ObligationId, SeedRef, PeriodKey, Title -AutoSize | Out-Host
}
