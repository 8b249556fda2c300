BeforeDiscovery {
    $cmdlets = (Import-PowerShellDataFile (Join-Path $AiRegOpsRepoRoot 'AiRegOps.psd1')).CmdletsToExport
}

BeforeAll {
    $repoRoot = $AiRegOpsRepoRoot
    $moduleFolder = Join-Path $repoRoot 'out' 'AiRegOps'
    $cmdlets = (Import-PowerShellDataFile (Join-Path $repoRoot 'AiRegOps.psd1')).CmdletsToExport
}

Describe 'AiRegOps module' {
    Context 'manifest' {
        It 'passes Test-ModuleManifest at the repository root and in the module folder' -ForEach @(
            @{ Manifest = 'AiRegOps.psd1' }
            @{ Manifest = 'out/AiRegOps/AiRegOps.psd1' }
        ) {
            $info = Test-ModuleManifest -Path (Join-Path $repoRoot $Manifest) -ErrorAction Stop
            $info.Name | Should -Be 'AiRegOps'
            $info.PowerShellVersion | Should -Be ([version]'7.6')
            $info.CompatiblePSEditions | Should -Be @('Core')
            $info.ExportedCmdlets.Keys | Sort-Object | Should -Be ($cmdlets | Sort-Object)
        }

        It 'lists its cmdlets explicitly, without wildcards' {
            $cmdlets | Should -Not -BeNullOrEmpty
            $cmdlets | Where-Object { $_ -match '[*?]' } | Should -BeNullOrEmpty
        }

        It 'is copied into the module folder with the out/AiRegOps/ prefixes removed' {
            $root = Get-Content (Join-Path $repoRoot 'AiRegOps.psd1') -Raw
            $laidOut = Get-Content (Join-Path $moduleFolder 'AiRegOps.psd1') -Raw
            $laidOut.TrimEnd() | Should -Be $root.Replace("'out/AiRegOps/", "'").TrimEnd()
            $laidOut | Should -Not -Match 'out/AiRegOps/'
        }

        It 'exports exactly the cmdlets of the manifest' {
            (Get-Command -Module AiRegOps).Name | Sort-Object | Should -Be ($cmdlets | Sort-Object)
        }
    }

    Context 'module folder' {
        It 'has the cmdlet assembly, formats and help at the root and the dependencies in Dependencies/' {
            Join-Path $moduleFolder 'AiRegOps.PowerShell.dll' | Should -Exist
            Join-Path $moduleFolder 'AiRegOps.Format.ps1xml' | Should -Exist
            Join-Path $moduleFolder 'en-US' 'AiRegOps.PowerShell.dll-Help.xml' | Should -Exist
            Join-Path $moduleFolder 'Dependencies' 'AiRegOps.Core.dll' | Should -Exist
            Join-Path $moduleFolder 'Dependencies' 'YamlDotNet.dll' | Should -Exist
            Join-Path $moduleFolder 'ThirdPartyNotices' 'holidays-cn.LICENSE' | Should -Exist
        }

        It 'claims no project or licence link it cannot back' {
            $data = (Test-ModuleManifest -Path (Join-Path $moduleFolder 'AiRegOps.psd1')).PrivateData.PSData
            if ($data.LicenseUri) { Join-Path $repoRoot 'LICENSE' | Should -Exist }
            $data.Tags | Should -Contain 'PSEdition_Core'
        }

        It 'keeps no dependency beside the cmdlet assembly' {
            (Get-ChildItem $moduleFolder -File -Filter *.dll).Name | Should -Be @('AiRegOps.PowerShell.dll')
        }

        It 'never ships PowerShell''s own assemblies' {
            Get-ChildItem $moduleFolder -Recurse -File |
                Where-Object { $_.Name -like 'System.Management.Automation*' -or $_.Name -like 'Microsoft.PowerShell.*' } |
                Should -BeNullOrEmpty
        }
    }

    Context 'assembly isolation' {
        It 'loads the engine into the module''s own load context and the cmdlets into the default one' {
            $core = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'AiRegOps.Core' }
            $core | Should -HaveCount 1
            [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($core).Name | Should -Be 'AiRegOps'
            $core.Location | Should -BeLike '*Dependencies*'
            $cmdletAssembly = (Get-Command Get-AiRegulation).ImplementingType.Assembly
            [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($cmdletAssembly).Name | Should -Be 'Default'
        }

        It 'can be removed and imported again' {
            Remove-Module AiRegOps
            Import-Module $AiRegOpsManifest -ErrorAction Stop
            (Get-AiRegulation ARR).Id | Should -Be 'ARR'
        }
    }

    Context 'cmdlets' {
        It '<_> declares its output type' -ForEach $cmdlets {
            (Get-Command $_).OutputType | Should -Not -BeNullOrEmpty
        }

        It '<_> has help with a synopsis, a description, two examples and every parameter described' -ForEach $cmdlets {
            $help = Get-Help $_ -Full
            $help.Synopsis | Should -Not -BeNullOrEmpty
            $help.Synopsis | Should -Not -BeLike "*$_ *[[]*"   # not the auto-generated syntax line
            $help.description.Text | Should -Not -BeNullOrEmpty
            @($help.examples.example).Count | Should -BeGreaterOrEqual 2
            $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
            $parameters = (Get-Command $_).Parameters.Keys | Where-Object { $common -notcontains $_ }
            foreach ($parameter in $parameters) {
                $described = $help.parameters.parameter | Where-Object name -eq $parameter
                $described.description.Text | Should -Not -BeNullOrEmpty -Because "-$parameter needs a description"
            }
        }

        It 'has help and docs generated from the current help source' {
            $temp = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid())
            New-Item -ItemType Directory $temp | Out-Null
            try {
                & (Join-Path $repoRoot 'module' 'help' 'Build-Help.ps1') -HelpPath (Join-Path $temp 'help.xml') -DocsPath (Join-Path $temp 'cmdlets.md')
                Get-Content (Join-Path $temp 'help.xml') -Raw |
                    Should -Be (Get-Content (Join-Path $repoRoot 'module' 'AiRegOps.PowerShell' 'en-US' 'AiRegOps.PowerShell.dll-Help.xml') -Raw) -Because 'run module/help/Build-Help.ps1 and commit the result'
                Get-Content (Join-Path $temp 'cmdlets.md') -Raw |
                    Should -Be (Get-Content (Join-Path $repoRoot 'docs' 'cmdlets.md') -Raw) -Because 'run module/help/Build-Help.ps1 and commit the result'
            }
            finally {
                Remove-Item $temp -Recurse -Force
            }
        }
    }

    Context 'formats' {
        It 'has a table view for <_>' -ForEach @(
            'AiRegOps.Core.Catalogue.Regulation'
            'AiRegOps.Core.Catalogue.Obligation'
            'AiRegOps.Core.Schedule.ScheduleItem'
            'AiRegOps.Core.Attributes.PublicOpinionResult'
            'AiRegOps.Core.Attributes.PublicOpinionGround'
            'AiRegOps.Core.Calendar.DeadlineResult'
            'AiRegOps.Core.Profiles.ServiceProfile'
            'AiRegOps.Core.Filings.FilingPackage'
            'AiRegOps.Core.Filings.RecordedFiling'
            'AiRegOps.Core.Filings.FilingDisplayResult'
            'AiRegOps.Core.Assessments.SecurityAssessmentResult'
            'AiRegOps.Core.Assessments.FocusItemFinding'
            'AiRegOps.Core.Assessments.AssessmentGap'
            'AiRegOps.Core.Assessments.AssessmentTrigger'
            'AiRegOps.Core.Ethics.EthicsOutcome'
            'AiRegOps.Core.Ethics.EthicsDeadline'
            'AiRegOps.Core.Gate.GateResult'
            'AiRegOps.Core.Gate.GateViolation'
            'AiRegOps.Core.Safety.SafetyResult'
        ) {
            $view = (Get-FormatData -TypeName $_).FormatViewDefinition
            $view.Control | Where-Object { $_ -is [System.Management.Automation.TableControl] } | Should -Not -BeNullOrEmpty
        }
    }
}

Describe 'AiRegOps help from the repository root' {
    It 'finds the MAML help when imported through ./AiRegOps.psd1' {
        $AiRegOpsManifest | Should -BeLike '*out*AiRegOps*'
        Remove-Module AiRegOps
        try {
            Import-Module (Join-Path $AiRegOpsRepoRoot 'AiRegOps.psd1') -ErrorAction Stop
            $help = Get-Help Get-ComplianceSchedule -Full
            @($help.examples.example).Count | Should -BeGreaterOrEqual 2
            $help.Synopsis | Should -BeLike 'Works out which obligations apply*'
        }
        finally {
            Remove-Module AiRegOps
            Import-Module $AiRegOpsManifest -ErrorAction Stop
        }
    }
}
