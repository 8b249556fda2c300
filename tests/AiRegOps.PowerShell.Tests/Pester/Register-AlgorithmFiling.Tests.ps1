BeforeAll {
    $valid = Join-Path $PSScriptRoot 'TestData' 'profiles' 'valid.airegops.yml'
    $number = '网信算备110108823483901230031号'
}

Describe 'Register-AlgorithmFiling' {
    BeforeEach {
        $state = Join-Path $TestDrive ([guid]::NewGuid()) 'state'
    }

    Context 'recording' {
        It 'records a filing in the service''s ledger and returns the record' {
            $record = Register-AlgorithmFiling -Service test-forum-chat -FilingNumber $number -FiledOn 2025-10-15 -StateFolder $state
            $record.PSTypeNames | Should -Contain 'AiRegOps.Core.Filings.RecordedFiling'
            $record.Number | Should -Be $number
            $record.FiledOn | Should -Be '2025-10-15'
            $entry = Get-Content (Join-Path $state 'ledger' 'test-forum-chat.jsonl') | ConvertFrom-Json
            $entry.contentType | Should -Be 'application/vnd.airegops.record+json'
            ($entry.note | ConvertFrom-Json).number | Should -Be $number
            $listed = Get-ComplianceRecord -StateFolder $state
            $listed.Filing.Number | Should -Be $number
        }

        It 'records the same filing once' {
            1..2 | ForEach-Object { Register-AlgorithmFiling test-forum-chat $number -FiledOn 2025-10-15 -StateFolder $state | Out-Null }
            @(Get-Content (Join-Path $state 'ledger' 'test-forum-chat.jsonl')).Count | Should -Be 1
        }

        It 'feeds Get-ComplianceSchedule: the filing obligation is satisfied' {
            $before = Get-ComplianceSchedule -Path $valid -AsOf 2025-10-20 -StateFolder $state | Where-Object ObligationId -eq 'arr-algorithm-filing'
            $before.Status | Should -Be 'Overdue'
            Register-AlgorithmFiling -Service test-forum-chat -FilingNumber $number -FiledOn 2025-10-15 -StateFolder $state | Out-Null
            $after = Get-ComplianceSchedule -Path $valid -AsOf 2025-10-20 -StateFolder $state | Where-Object ObligationId -eq 'arr-algorithm-filing'
            $after.Status | Should -Be 'Satisfied'
        }

        It 'reads the state folder from AIREGOPS_STATE' {
            $env:AIREGOPS_STATE = $state
            try {
                Register-AlgorithmFiling -Service test-forum-chat -FilingNumber $number -FiledOn 2025-10-15 | Out-Null
                Join-Path $state 'ledger' 'test-forum-chat.jsonl' | Should -Exist
                (Get-ComplianceSchedule -Path $valid -AsOf 2025-10-20 | Where-Object ObligationId -eq 'arr-algorithm-filing').Status | Should -Be 'Satisfied'
            }
            finally {
                Remove-Item Env:AIREGOPS_STATE
            }
        }

        It 'defaults to the session''s store, ./.airegops/evidence below the current location' {
            Push-Location $TestDrive
            try {
                Register-AlgorithmFiling -Service test-forum-chat -FilingNumber $number -FiledOn 2025-10-15 | Out-Null
                Join-Path $TestDrive '.airegops' 'evidence' 'ledger' 'test-forum-chat.jsonl' | Should -Exist
            }
            finally {
                Pop-Location
            }
        }

        It 'takes service, number and date by property name from the pipeline' {
            $records = @(
                [pscustomobject]@{ Service = 'a'; Number = $number; FiledOn = '2025-10-15' }
                [pscustomobject]@{ Name = 'b'; FilingNumber = $number; FiledOn = '2025-11-01'; Kind = 'Change' }
            ) | Register-AlgorithmFiling -StateFolder $state
            $records.Service | Should -Be @('a', 'b')
            $records[1].Kind | Should -Be 'Change'
        }

        It 'records a cancellation without a number' {
            (Register-AlgorithmFiling -Service x -Force -Kind Cancel -FiledOn 2025-12-01 -StateFolder $state).Number | Should -BeNullOrEmpty
        }

        It 'has a table view' {
            Register-AlgorithmFiling -Service x -Force -FilingNumber $number -FiledOn 2025-10-15 -StateFolder $state | Out-String | Should -Match 'Service\s+Kind\s+Number\s+FiledOn'
        }
    }

    Context '-WhatIf' {
        It 'writes nothing' {
            $null = Register-AlgorithmFiling -Service x -Force -FilingNumber $number -FiledOn 2025-10-15 -StateFolder $state -WhatIf
            $state | Should -Not -Exist
        }
    }

    Context 'errors' {
        It 'rejects a malformed number with FilingNumberInvalid, naming the expected format, and writes nothing' {
            $null = Register-AlgorithmFiling -Service x -Force -FilingNumber '网信算备1101088号' -FiledOn 2025-10-15 -StateFolder $state -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems.Count | Should -Be 1
            $problems[0].FullyQualifiedErrorId | Should -Be 'FilingNumberInvalid,AiRegOps.PowerShell.Cmdlets.RegisterAlgorithmFilingCommand'
            $problems[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $problems[0].Exception.Message | Should -BeLike '*-FilingNumber*网信算备 followed by 21 digits and 号*7 digits*'
            $state | Should -Not -Exist
        }

        It 'rejects a new filing without a number with FilingNumberMissing' {
            $null = Register-AlgorithmFiling -Service x -Force -FiledOn 2025-10-15 -StateFolder $state -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems[0].FullyQualifiedErrorId | Should -Be 'FilingNumberMissing,AiRegOps.PowerShell.Cmdlets.RegisterAlgorithmFilingCommand'
            $state | Should -Not -Exist
        }

        It 'rejects a -FiledOn in the future with FiledOnInFuture' {
            $null = Register-AlgorithmFiling -Service x -Force -FilingNumber $number -FiledOn 2999-01-01 -StateFolder $state -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems[0].FullyQualifiedErrorId | Should -Be 'FiledOnInFuture,AiRegOps.PowerShell.Cmdlets.RegisterAlgorithmFilingCommand'
            $state | Should -Not -Exist
        }

        It 'rejects a date in the wrong format, naming -FiledOn and yyyy-MM-dd' {
            { Register-AlgorithmFiling -Service x -Force -FilingNumber $number -FiledOn '15/10/2025' -StateFolder $state -ErrorAction Stop } |
                Should -Throw -ErrorId 'ParameterArgumentTransformationError,AiRegOps.PowerShell.Cmdlets.RegisterAlgorithmFilingCommand' -ExpectedMessage '*-FiledOn: expected a date as yyyy-MM-dd*15/10/2025*'
        }

        It 'refuses to record into a ledger that does not verify and leaves it as it was' {
            Register-AlgorithmFiling -Service x -Force -FilingNumber $number -FiledOn 2025-10-14 -StateFolder $state | Out-Null
            $file = Join-Path $state 'ledger' 'x.jsonl'
            $tampered = (Get-Content $file -Raw).Replace('2025-10-14', '2025-10-13')
            Set-Content $file $tampered -NoNewline
            $null = Register-AlgorithmFiling -Service x -Force -FilingNumber $number -FiledOn 2025-10-15 -StateFolder $state -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems[0].FullyQualifiedErrorId | Should -Be 'RecordWriteFailed,AiRegOps.PowerShell.Cmdlets.RegisterAlgorithmFilingCommand'
            $problems[0].Exception.Message | Should -BeLike "*ledger of 'x' does not verify*"
            Get-Content $file -Raw | Should -Be $tampered
        }
    }

    Context 'tab completion' {
        It 'completes service names for -Service' {
            Push-Location (Split-Path $valid)
            try {
                Copy-Item $valid (Join-Path $TestDrive 'airegops.yml')
                Set-Location $TestDrive
                $script = 'Register-AlgorithmFiling -Service test-'
                (TabExpansion2 -inputScript $script -cursorColumn $script.Length).CompletionMatches.CompletionText | Should -Contain 'test-forum-chat'
            }
            finally {
                Pop-Location
            }
        }
    }
}
