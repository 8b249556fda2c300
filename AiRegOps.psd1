#
# Module manifest for AiRegOps. This is the single source: the build copies it into the laid-out module folder
# with the folder prefix removed from every quoted path, so `Import-Module ./AiRegOps.psd1` works from the repository
# root after `dotnet build`, and that folder is a publishable module on its own.
#
# The cmdlet assembly is a nested module rather than the RootModule: PowerShell looks for a binary module's MAML
# help (en-US/AiRegOps.PowerShell.dll-Help.xml) under the base of the module that defines the cmdlets, and a
# RootModule shares the manifest's base (the repository root here), so Get-Help would find nothing after
# `Import-Module ./AiRegOps.psd1`. A nested module's base is the assembly's own folder, so help works from both places.
#
@{
    NestedModules        = @('out/AiRegOps/AiRegOps.PowerShell.dll')
    ModuleVersion        = '0.1.0'
    CompatiblePSEditions = @('Core')
    GUID                 = '0e1ec22a-41a5-4a6b-9922-a33b4337c355'
    Author               = 'AiRegOps contributors'
    CompanyName          = 'AiRegOps'
    Copyright            = '(c) AiRegOps contributors. All rights reserved.'
    Description          = "Turns China's AI regulations into code: the obligation catalogue, service profiles, the public-opinion attribute test, compliance schedules and statutory deadlines on the China working-day calendar."
    PowerShellVersion    = '7.6'
    FormatsToProcess     = @('out/AiRegOps/AiRegOps.Format.ps1xml')
    FunctionsToExport    = @()
    CmdletsToExport      = @(
        'Get-AiRegulation'
        'Get-AiObligation'
        'Import-ServiceProfile'
        'Test-PublicOpinionAttribute'
        'Get-ComplianceSchedule'
        'Get-RegulatoryDeadline'
    )
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('Compliance', 'Regulation', 'China', 'AI', 'GenerativeAI', 'Algorithm', 'DevOps', 'PSEdition_Core', 'Linux', 'Windows', 'MacOS')
            ProjectUri   = 'https://github.com/airegops/airegops'
            LicenseUri   = 'https://github.com/airegops/airegops/blob/main/README.md'
            ReleaseNotes = 'https://github.com/airegops/airegops/blob/main/docs/cmdlets.md'
        }
    }
}
