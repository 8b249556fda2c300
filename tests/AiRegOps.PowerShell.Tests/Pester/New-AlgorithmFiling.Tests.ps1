BeforeAll {
    $valid = Join-Path $PSScriptRoot 'TestData' 'profiles' 'valid.airegops.yml'
    $chat = Join-Path $AiRegOpsRepoRoot 'examples' 'genai-chat' 'airegops.yml'
    $number = '网信算备110108823483901230031号'
}

Describe 'New-AlgorithmFiling' {
    BeforeEach {
        $state = Join-Path $TestDrive ([guid]::NewGuid()) 'state'
        $out = Join-Path $TestDrive ([guid]::NewGuid()) 'filing'
    }

    Context 'package' {
        It 'writes the four files of the package for a profile from the pipeline and returns the package' {
            $package = Import-ServiceProfile $valid | New-AlgorithmFiling -OutputPath $out -StateFolder $state -WarningAction SilentlyContinue
            $package.PSTypeNames | Should -Contain 'AiRegOps.Core.Filings.FilingPackage'
            $package.Service | Should -Be 'test-forum-chat'
            $package.Kind | Should -Be 'New'
            $package.OutputPath | Should -Be $out
            (Get-ChildItem $out).Name | Sort-Object | Should -Be @('disclosure.md', 'filing.json', 'filing.md', 'self-assessment.md')
            $package.Deadline.DueDate | Should -Be '2025-10-16'
            $json = Get-Content (Join-Path $out 'filing.json') -Raw | ConvertFrom-Json
            $json | Should -Not -BeNullOrEmpty
            Get-Content (Join-Path $out 'filing.md') -Raw | Should -Match '服务提供者名称'
        }

        It 'lists missing required information by name in a warning and in MissingFields' {
            $package = Import-ServiceProfile $valid | New-AlgorithmFiling -StateFolder $state -WarningVariable warnings -WarningAction SilentlyContinue
            $package.IsComplete | Should -BeFalse
            $package.MissingFields | Should -Contain '服务形式 / Service form'
            ($warnings | Where-Object { "$_" -like '*lacks*' }) | Should -Match 'Service form.*Application field'
        }

        It 'is complete when the parameters supply what the profile lacks' {
            $package = Import-ServiceProfile $valid | New-AlgorithmFiling -StateFolder $state -ServiceForm '在线对话 / online chat' -ApplicationField '通用 / general' `
                -Product App, Website -ProductName 'Test Chat' -BasicPrinciples 'LLM' -Purpose 'Answer questions' -MainMechanism 'Transformer' -WarningAction SilentlyContinue
            $package.MissingFields | Should -BeNullOrEmpty
            $package.IsComplete | Should -BeTrue
        }

        It 'prepares a package from parameters alone, binding -Service by property name' {
            $package = [pscustomobject]@{ Service = 'api-only'; Kind = 'Cancel' } |
                New-AlgorithmFiling -ProviderName 'P Ltd' -EventDate 2025-11-03 -ExistingFilingNumber $number -StateFolder $state -WarningAction SilentlyContinue
            $package.Service | Should -Be 'api-only'
            $package.Kind | Should -Be 'Cancel'
            $package.Deadline.DueDate | Should -BeGreaterThan '2025-11-03'
        }

        It 'takes the existing filing number of a change from the state folder' {
            $without = Import-ServiceProfile $valid | New-AlgorithmFiling -Kind Change -EventDate 2026-01-05 -StateFolder $state -WarningAction SilentlyContinue
            ($without.Fields | Where-Object Key -eq 'filingNumber').Value | Should -BeNullOrEmpty
            Register-AlgorithmFiling -Service test-forum-chat -FilingNumber $number -FiledOn 2025-10-15 -StateFolder $state | Out-Null
            $package = Import-ServiceProfile $valid | New-AlgorithmFiling -Kind Change -EventDate 2026-01-05 -StateFolder $state -WarningAction SilentlyContinue
            ($package.Fields | Where-Object Key -eq 'filingNumber').Value | Should -Be $number
        }

        It 'writes one folder per service with {service} in -OutputPath' {
            $root = Join-Path $TestDrive ([guid]::NewGuid())
            Import-ServiceProfile (Join-Path $AiRegOpsRepoRoot 'examples') | New-AlgorithmFiling -OutputPath (Join-Path $root '{service}') -StateFolder $state -WarningAction SilentlyContinue | Out-Null
            (Get-ChildItem $root -Directory).Name | Should -Contain 'zhiliao-chat'
            (Get-ChildItem $root -Directory).Count | Should -Be 3
        }

        It 'has a table view' {
            Import-ServiceProfile $valid | New-AlgorithmFiling -StateFolder $state -WarningAction SilentlyContinue | Out-String | Should -Match 'Service\s+Kind\s+DueDate'
        }
    }

    Context '-WhatIf' {
        It 'writes nothing and still returns the package' {
            $package = Import-ServiceProfile $valid | New-AlgorithmFiling -OutputPath $out -StateFolder $state -WhatIf -WarningAction SilentlyContinue
            $package.Service | Should -Be 'test-forum-chat'
            $out | Should -Not -Exist
            Get-ChildItem (Split-Path $out) -Force -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        }
    }

    Context 'errors' {
        It 'rejects a malformed existing filing number with FilingNumberInvalid, naming the parameter and the format' {
            { New-AlgorithmFiling -Service x -Kind Change -ExistingFilingNumber '网信算备123号' -OutputPath $out -StateFolder $state -ErrorAction Stop } |
                Should -Throw -ErrorId 'FilingNumberInvalid,AiRegOps.PowerShell.Cmdlets.NewAlgorithmFilingCommand' -ExpectedMessage '*-ExistingFilingNumber*21 digits*'
            $out | Should -Not -Exist
        }

        It 'stops with FilingIncomplete under -RequireComplete and writes nothing' {
            $null = Import-ServiceProfile $valid | New-AlgorithmFiling -OutputPath $out -StateFolder $state -RequireComplete -ErrorVariable problems -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
            $problems[0].FullyQualifiedErrorId | Should -Be 'FilingIncomplete,AiRegOps.PowerShell.Cmdlets.NewAlgorithmFilingCommand'
            $problems[0].Exception.Message | Should -BeLike '*Service form*Nothing was written*'
            $out | Should -Not -Exist
        }

        It 'reports OutputPathInvalid when -OutputPath is a file, and leaves it alone' {
            $file = Join-Path $TestDrive 'a-file.txt'
            Set-Content $file 'keep'
            $null = Import-ServiceProfile $valid | New-AlgorithmFiling -OutputPath $file -StateFolder $state -ErrorVariable problems -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
            $problems[0].FullyQualifiedErrorId | Should -Be 'OutputPathInvalid,AiRegOps.PowerShell.Cmdlets.NewAlgorithmFilingCommand'
            Get-Content $file | Should -Be 'keep'
        }

        It 'reports OutputPathShared for a second service in one folder' {
            $null = Import-ServiceProfile (Join-Path $AiRegOpsRepoRoot 'examples') | New-AlgorithmFiling -OutputPath $out -StateFolder $state -ErrorVariable problems -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
            $problems.Count | Should -Be 2
            $problems[0].FullyQualifiedErrorId | Should -Be 'OutputPathShared,AiRegOps.PowerShell.Cmdlets.NewAlgorithmFilingCommand'
            $problems[0].Exception.Message | Should -BeLike '*{service}*'
        }

        It 'rejects an -EventDate not written yyyy-MM-dd' {
            { New-AlgorithmFiling -Service x -EventDate '2025/10/15' -StateFolder $state -ErrorAction Stop } |
                Should -Throw -ErrorId 'ParameterArgumentTransformationError,AiRegOps.PowerShell.Cmdlets.NewAlgorithmFilingCommand' -ExpectedMessage '*-EventDate: expected a date as yyyy-MM-dd*2025/10/15*'
        }

        It 'stops on a record ledger that does not verify' {
            New-Item -ItemType Directory (Join-Path $state 'ledger') -Force | Out-Null
            Set-Content (Join-Path $state 'ledger' 'test-forum-chat.jsonl') '{ "v": 1, oops'
            { Import-ServiceProfile $valid | New-AlgorithmFiling -StateFolder $state -ErrorAction Stop } |
                Should -Throw -ErrorId 'ComplianceStoreFailed,AiRegOps.PowerShell.Cmdlets.NewAlgorithmFilingCommand' -ExpectedMessage "*ledger of 'test-forum-chat' does not verify*"
        }
    }
}
