BeforeAll {
    $valid = Join-Path $PSScriptRoot 'TestData' 'profiles' 'valid.airegops.yml'
    $invalid = Join-Path $PSScriptRoot 'TestData' 'profiles' 'invalid' 'two-problems.airegops.yml'
    $examples = Join-Path $AiRegOpsRepoRoot 'examples'
    $chat = Join-Path $examples 'genai-chat' 'airegops.yml'
    $files = @('security-assessment.html', 'security-assessment.json', 'security-assessment.junit.xml', 'security-assessment.md', 'security-assessment.sarif')

    # A copy of a profile with one property changed: the core record behind the output object (init-only records from
    # the module's load context), cloned and changed by reflection.
    function With-Property($object, [string] $name, $value) {
        $object = [AiRegOps.PowerShell.Output.OutputObjects]::Original($object)
        $copy = $object.GetType().GetMethod('<Clone>$').Invoke($object, $null)
        $copy.GetType().GetProperty($name).SetValue($copy, $value)
        $copy
    }
}

Describe 'Invoke-SecurityAssessment' {
    BeforeEach {
        $out = Join-Path $TestDrive ([guid]::NewGuid()) 'sa'
    }

    Context 'assessment' {
        It 'assesses a profile from the pipeline: focus items, gaps and triggers' {
            $result = Import-ServiceProfile $valid | Invoke-SecurityAssessment -AsOf 2025-10-20
            $result.PSTypeNames | Should -Contain 'AiRegOps.Core.Assessments.SecurityAssessmentResult'
            $result.Service | Should -Be 'test-forum-chat'
            $result.Findings.Count | Should -BeGreaterOrEqual 6
            $result.HasGaps | Should -BeTrue -Because 'the test profile declares no controls'
            $result.Triggers.Kind | Should -Contain 'Launch'
            $result.OutputPath | Should -BeNullOrEmpty
        }

        It 'writes the report in five formats, all or nothing' {
            $result = Import-ServiceProfile $chat | Invoke-SecurityAssessment -AsOf 2026-01-01 -OutputPath $out
            $result.OutputPath | Should -Be $out
            (Get-ChildItem $out).Name | Sort-Object | Should -Be $files
            Get-Content (Join-Path $out 'security-assessment.md') -Raw | Should -Match '一、基本情况'
            $sarif = Get-Content (Join-Path $out 'security-assessment.sarif') -Raw | ConvertFrom-Json
            $sarif.version | Should -Be '2.1.0'
            ([xml](Get-Content (Join-Path $out 'security-assessment.junit.xml') -Raw)).testsuites | Should -Not -BeNullOrEmpty
            $sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri | Should -Be 'examples/genai-chat/airegops.yml'
        }

        It 'writes only the formats asked for' {
            Import-ServiceProfile $chat | Invoke-SecurityAssessment -AsOf 2026-01-01 -OutputPath $out -Format Markdown, Sarif | Out-Null
            (Get-ChildItem $out).Name | Sort-Object | Should -Be @('security-assessment.md', 'security-assessment.sarif')
        }

        It 'reads profiles from -Path and from Get-ChildItem, one folder per service with {service}' {
            $root = Join-Path $TestDrive ([guid]::NewGuid())
            $results = Get-ChildItem $examples -Recurse -Filter airegops.yml | Invoke-SecurityAssessment -AsOf 2026-01-01 -OutputPath (Join-Path $root '{service}')
            $results.Count | Should -Be 3
            (Get-ChildItem $root -Directory).Name | Sort-Object | Should -Be ($results.Service | Sort-Object)
            (Invoke-SecurityAssessment -Path $examples -AsOf 2026-01-01).Count | Should -Be 3
        }

        It 'adds supplied evidence to the focus item' {
            $result = Import-ServiceProfile $valid | Invoke-SecurityAssessment -AsOf 2025-10-20 -Evidence @{ 'log-records' = './policies/logging.pdf' }
            ($result.Findings | Where-Object { $_.Item.Id -eq 'log-records' }).Evidence.Reference | Should -Contain './policies/logging.pdf'
        }

        It 'has table views for results, findings and gaps' {
            $result = Import-ServiceProfile $valid | Invoke-SecurityAssessment -AsOf 2025-10-20
            $result | Out-String | Should -Match 'Service\s+AsOf\s+PublicOpinion\s+Gaps'
            $result.Findings | Out-String | Should -Match 'RuleId\s+Status\s+Title'
            $result.Gaps | Out-String | Should -Match 'sa2018\.'
        }
    }

    Context '-WhatIf' {
        It 'writes nothing and still returns the result' {
            $result = Import-ServiceProfile $chat | Invoke-SecurityAssessment -AsOf 2026-01-01 -OutputPath $out -WhatIf
            $result.Service | Should -Be 'zhiliao-chat'
            $out | Should -Not -Exist
        }
    }

    Context 'errors' {
        It 'reports a profile without a provider name with ProfileIncomplete, naming the field' {
            $profile = Import-ServiceProfile $valid
            $broken = With-Property $profile 'Provider' (With-Property $profile.Provider 'Name' '')
            $null = $broken | Invoke-SecurityAssessment -OutputPath $out -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems.Count | Should -Be 1
            $problems[0].FullyQualifiedErrorId | Should -Be 'ProfileIncomplete,AiRegOps.PowerShell.Cmdlets.InvokeSecurityAssessmentCommand'
            $problems[0].Exception.Message | Should -BeLike '*provider.name: expected the provider''s name*'
            $out | Should -Not -Exist
        }

        It 'reports each problem of an invalid profile given by -Path' {
            $null = Invoke-SecurityAssessment -Path $invalid -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems.Count | Should -Be 2
            $problems[0].FullyQualifiedErrorId | Should -Be 'ProfileInvalid,AiRegOps.PowerShell.Cmdlets.InvokeSecurityAssessmentCommand'
        }

        It 'reports OutputPathInvalid when -OutputPath is a file' {
            $file = Join-Path $TestDrive 'file.txt'
            Set-Content $file 'keep'
            $null = Import-ServiceProfile $valid | Invoke-SecurityAssessment -OutputPath $file -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems[0].FullyQualifiedErrorId | Should -Be 'OutputPathInvalid,AiRegOps.PowerShell.Cmdlets.InvokeSecurityAssessmentCommand'
            Get-Content $file | Should -Be 'keep'
        }

        It 'reports OutputPathShared for a second service in one folder, writing only the first' {
            $null = Invoke-SecurityAssessment -Path $examples -AsOf 2026-01-01 -OutputPath $out -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems.FullyQualifiedErrorId | Select-Object -Unique | Should -Be 'OutputPathShared,AiRegOps.PowerShell.Cmdlets.InvokeSecurityAssessmentCommand'
            (Get-ChildItem $out).Count | Should -Be 5
        }

        It 'rejects an -AsOf not written yyyy-MM-dd' {
            { Invoke-SecurityAssessment -Path $valid -AsOf '01.01.2026' -ErrorAction Stop } |
                Should -Throw -ErrorId 'ParameterArgumentTransformationError,AiRegOps.PowerShell.Cmdlets.InvokeSecurityAssessmentCommand' -ExpectedMessage '*-AsOf: expected a date as yyyy-MM-dd*'
        }
    }
}
