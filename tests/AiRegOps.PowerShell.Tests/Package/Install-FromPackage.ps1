# Run by PackageInstallTests in a fresh pwsh whose HOME is an empty temporary folder: registers the folder that holds
# AiRegOps.<version>.nupkg as a repository, installs the module from it, imports it by name and uses one cmdlet of
# each area. Prints key=value lines that the test reads.
param(
    [Parameter(Mandatory)] [string] $PackageFolder,
    [Parameter(Mandatory)] [string] $ExampleProfile
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

"before=$(@(Get-Module -ListAvailable AiRegOps).Count)"
Register-PSResourceRepository -Name AiRegOpsLocal -Uri $PackageFolder -Trusted
Install-PSResource AiRegOps -Repository AiRegOpsLocal -Scope CurrentUser -TrustRepository -Quiet
"installed=$((Get-InstalledPSResource AiRegOps -Scope CurrentUser).InstalledLocation)"
"modulepath=$env:PSModulePath"

$module = Import-Module AiRegOps -PassThru
"base=$($module.ModuleBase)"
$manifest = Test-ModuleManifest (Join-Path $module.ModuleBase 'AiRegOps.psd1')
"manifest=$($manifest.Name) $($manifest.Version)"
"exported=$($manifest.ExportedCmdlets.Count)"
"license=$(Test-Path (Join-Path $module.ModuleBase 'LICENSE'))"

# Catalogue
"regulations=$(@(Get-AiRegulation).Count)"
# Profiles and the schedule
$service = Import-ServiceProfile $ExampleProfile
"service=$($service.Name)"
"attribute=$(($service | Test-PublicOpinionAttribute).HasPublicOpinionAttributes)"
"schedule=$(@($service | Get-ComplianceSchedule -AsOf 2026-04-01).Count)"
# The working-day calendar
"deadline=$((Get-RegulatoryDeadline -Start 2025-09-26 -WorkingDays 10).DueDate)"
# Evidence (local store) and the Azure store's assemblies, loaded from Dependencies/
Set-ComplianceStore -Path (Join-Path $PWD 'evidence')
Set-Content -Path (Join-Path $PWD 'receipt.txt') -Value 'filing receipt'
$added = Add-ComplianceEvidence (Join-Path $PWD 'receipt.txt') -Service zhiliao-chat -Obligation arr-algorithm-filing -Period launch
"evidence=$($added.Hash)"
# GitHub reminders (dry run: no token)
$env:GITHUB_TOKEN = $null
"reminders=$(@(Send-ComplianceReminder -Path $ExampleProfile -Repository octo-org/chat-service -AsOf 2026-04-01 -StateFolder (Join-Path $PWD 'state')).Count)"
# The Azure store: only opened, so the Azure SDK assemblies load from Dependencies/ without a storage account
Set-ComplianceStore -ConnectionString 'UseDevelopmentStorage=true'
"store=$((Get-ComplianceStore).Kind)"
