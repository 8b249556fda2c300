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
# No TypesToProcess (and so no RequiredAssemblies, which only served to load the assembly before a types file named
# a type in it): reading a types file at import cost about 14 ms of every import, for a DateOnly converter that only
# scripts holding core objects ([AiRegOps.PowerShell.Output.OutputObjects]::Original) need. Output objects carry dates
# as yyyy-MM-dd text; Original registers the converter itself the first time a session calls it.
#
@{
    NestedModules        = @('out/AiRegOps/AiRegOps.PowerShell.dll')
    ModuleVersion        = '0.1.0'
    CompatiblePSEditions = @('Core')
    GUID                 = '0e1ec22a-41a5-4a6b-9922-a33b4337c355'
    Author               = 'AiRegOps contributors'
    CompanyName          = 'AiRegOps'
    Copyright            = '(c) AiRegOps contributors. MIT License (LICENSE in the module folder).'
    Description          = "Turns China's AI regulations into code: the obligation catalogue, service profiles, the public-opinion attribute test, compliance schedules and statutory deadlines on the China working-day calendar, algorithm filing packages, SA2018 security assessments, ethics review registrations, a CI compliance gate and compliance reports."
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
        'New-AlgorithmFiling'
        'Register-AlgorithmFiling'
        'Test-FilingDisplay'
        'Invoke-SecurityAssessment'
        'Register-EthicsReview'
        'Invoke-ComplianceGate'
        'Export-ComplianceReport'
        'Set-ComplianceStore'
        'Get-ComplianceStore'
        'Add-ComplianceEvidence'
        'Revoke-ComplianceEvidence'
        'Get-ComplianceRecord'
        'Revoke-ComplianceRecord'
        'Get-ComplianceEvidence'
        'Save-ComplianceEvidence'
        'Test-ComplianceEvidence'
        'Send-ComplianceReminder'
        'Test-AigcLabel'
        'Add-AigcLabel'
        'Compare-AigcLabel'
        'Send-DeploymentEvent'
        'Measure-GenAiSafety'
    )
    VariablesToExport    = @()
    AliasesToExport      = @()
    # The licence is MIT: LICENSE ships in the module folder and the package. No ProjectUri, LicenseUri or IconUri: the
    # project has no public URL yet, and a gallery shows these links as given, so an invented one would mislead. Add
    # them when the repository is public. The holiday data embedded in AiRegOps.Core is MIT-licensed (holiday-cn); its
    # licence travels in ThirdPartyNotices/.
    PrivateData          = @{
        PSData = @{
            Tags         = @('Compliance', 'Regulation', 'China', 'AI', 'GenerativeAI', 'Algorithm', 'DevOps', 'CI', 'SARIF', 'PSEdition_Core', 'Linux', 'Windows', 'MacOS')
            ReleaseNotes = '0.1.0: catalogue, service profiles, public-opinion test, schedules and deadlines; algorithm filing packages and records, filing display check, SA2018 security assessment reports (Markdown, HTML, JSON, SARIF, JUnit), ethics review registrations, the CI compliance gate with waivers and GitHub job summary, compliance report export. See docs/cmdlets.md.'
        }
    }
}
