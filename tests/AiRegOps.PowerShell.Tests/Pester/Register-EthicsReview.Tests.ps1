BeforeAll {
    $valid = Join-Path $PSScriptRoot 'TestData' 'profiles' 'valid.airegops.yml'
    $research = Join-Path $PSScriptRoot 'TestData' 'ethics' 'research.airegops.yml'
}

Describe 'Register-EthicsReview' {
    BeforeEach {
        $state = Join-Path $TestDrive ([guid]::NewGuid()) 'state'
        $file = Join-Path $state 'ledger' '_unit.jsonl'   # registrations of the whole unit
    }

    Context 'committee' {
        It 'records a committee and returns the 30-day registration (extended past the Spring Festival) and the annual report' {
            $outcome = Register-EthicsReview -Committee 'AI Ethics Committee' -EstablishedOn 2024-12-31 -AsOf 2025-01-10 -StateFolder $state
            $outcome.PSTypeNames | Should -Contain 'AiRegOps.Core.Ethics.EthicsOutcome'
            $outcome.Regime | Should -Be 'Final'
            $registration = $outcome.Deadlines | Where-Object Key -eq 'committee-registration'
            $registration.DueDate | Should -Be '2025-02-05'
            $registration.Note | Should -BeLike '*rest day, extended*'
            ($outcome.Deadlines | Where-Object Key -eq 'annual-report').DueDate | Should -Be '2025-03-31'
            (Get-ComplianceRecord -StateFolder $state).Ethics.Name | Should -Be 'AI Ethics Committee'
            (Get-Content $file | ConvertFrom-Json).contentType | Should -Be 'application/vnd.airegops.record+json'
        }

        It 'warns that periods count from 2023-12-01 for a committee set up under the draft, as the schedule counts them' {
            $outcome = Register-EthicsReview -Committee 'Early' -EstablishedOn 2023-06-01 -AsOf 2023-07-01 -StateFolder $state -WarningVariable warnings -WarningAction SilentlyContinue
            $outcome.Regime | Should -Be 'Draft'
            $registration = $outcome.Deadlines | Where-Object Key -eq 'committee-registration'
            $registration.DueDate | Should -Be '2024-01-02'   # day 30 is 2023-12-31, a Sunday before New Year's Day
            $registration.Status | Should -Be 'Upcoming'
            "$warnings" | Should -BeLike '*count from*'
        }

        It 'records the same committee once and says so' {
            Register-EthicsReview -Committee 'C' -EstablishedOn 2024-12-31 -StateFolder $state | Out-Null
            $second = Register-EthicsReview -Committee 'C' -EstablishedOn 2024-12-31 -StateFolder $state
            $second.AlreadyRecorded | Should -BeTrue
            @(Get-ComplianceRecord -StateFolder $state).Count | Should -Be 1
        }

        It 'feeds Get-ComplianceSchedule with the committee''s deadlines' {
            $before = Get-ComplianceSchedule -Path $research -AsOf 2025-01-10 -StateFolder $state | Where-Object ObligationId -eq 'ethics-committee-registration'
            Register-EthicsReview -Committee 'AI Ethics Committee' -EstablishedOn 2024-12-31 -AsOf 2025-01-10 -StateFolder $state | Out-Null
            $after = Get-ComplianceSchedule -Path $research -AsOf 2025-01-10 -StateFolder $state | Where-Object ObligationId -eq 'ethics-committee-registration'
            $before.DueDate | Should -Not -Contain '2025-02-05'
            $after.DueDate | Should -Contain '2025-02-05'
        }
    }

    Context 'activity' {
        It 'returns follow-up reviews and the unconfirmed 6-month interval as an advisory for a listed activity' {
            $outcome = Register-EthicsReview -Activity 'Face model training' -ApprovedOn 2025-03-03 -OnExpertReviewList -Service test-forum-chat -AsOf 2025-03-10 -StateFolder $state
            ($outcome.Deadlines | Where-Object Key -eq 'follow-up-review').DueDate | Should -Be '2026-03-03'
            ($outcome.Deadlines | Where-Object Key -eq 'activity-registration') | Should -Not -BeNullOrEmpty
            $outcome.Advisories[0].IsAdvisory | Should -BeTrue
            $outcome.Advisories[0].IsBinding | Should -BeFalse
            $outcome.Registration.Service | Should -Be 'test-forum-chat'
        }

        It 'takes registrations by property name from the pipeline (e.g. Import-Csv)' {
            $outcomes = @(
                [pscustomobject]@{ Activity = 'A'; ApprovedOn = '2025-03-03'; OnExpertReviewList = $true }
                [pscustomobject]@{ Activity = 'B'; ApprovedOn = '2025-04-01'; Service = 'x' }
            ) | Register-EthicsReview -AsOf 2025-05-01 -StateFolder $state
            $outcomes.Registration.Name | Should -Be @('A', 'B')
            @(Get-ComplianceRecord -StateFolder $state).Count | Should -Be 2
            (Get-ComplianceRecord -StateFolder $state -Service x).Ethics.Name | Should -Be @('A', 'B')
        }

        It 'has a table view' {
            Register-EthicsReview -Activity 'A' -ApprovedOn 2025-03-03 -AsOf 2025-03-10 -StateFolder $state | Out-String | Should -Match 'Kind\s+Name\s+Date\s+Regime'
            (Register-EthicsReview -Activity 'A' -ApprovedOn 2025-03-03 -AsOf 2025-03-10 -StateFolder $state).Deadlines | Out-String | Should -Match 'Key\s+DueDate\s+Binding'
        }
    }

    Context '-WhatIf' {
        It 'writes nothing and returns what would follow' {
            $outcome = Register-EthicsReview -Committee 'C' -EstablishedOn 2024-12-31 -StateFolder $state -WhatIf
            $outcome.Deadlines | Should -Not -BeNullOrEmpty
            $state | Should -Not -Exist
        }
    }

    Context 'errors' {
        It 'rejects a date after -AsOf with EthicsRegistrationInvalid and writes nothing' {
            $null = Register-EthicsReview -Committee 'C' -EstablishedOn 2025-06-01 -AsOf 2025-01-01 -StateFolder $state -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems[0].FullyQualifiedErrorId | Should -Be 'EthicsRegistrationInvalid,AiRegOps.PowerShell.Cmdlets.RegisterEthicsReviewCommand'
            $problems[0].Exception.Message | Should -BeLike '-EstablishedOn: expected a date on or before*2025-06-01*'
            $state | Should -Not -Exist
        }

        It 'rejects -RegisteredOn before the approval' {
            $null = Register-EthicsReview -Activity 'A' -ApprovedOn 2025-03-03 -RegisteredOn 2025-03-01 -AsOf 2025-04-01 -StateFolder $state -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems[0].FullyQualifiedErrorId | Should -Be 'EthicsRegistrationInvalid,AiRegOps.PowerShell.Cmdlets.RegisterEthicsReviewCommand'
            $problems[0].Exception.Message | Should -BeLike '-RegisteredOn:*'
        }

        It 'rejects a date in the wrong format' {
            { Register-EthicsReview -Committee 'C' -EstablishedOn '31.12.2024' -StateFolder $state -ErrorAction Stop } |
                Should -Throw -ErrorId 'ParameterArgumentTransformationError,AiRegOps.PowerShell.Cmdlets.RegisterEthicsReviewCommand' -ExpectedMessage '*-EstablishedOn: expected a date as yyyy-MM-dd*'
        }

        It 'refuses to record into a ledger that does not verify and leaves it alone' {
            Register-EthicsReview -Committee 'First' -EstablishedOn 2024-12-30 -StateFolder $state | Out-Null
            Add-Content $file '[1, 2'
            $before = Get-Content $file -Raw
            $null = Register-EthicsReview -Committee 'C' -EstablishedOn 2024-12-31 -StateFolder $state -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems[0].FullyQualifiedErrorId | Should -Be 'RecordWriteFailed,AiRegOps.PowerShell.Cmdlets.RegisterEthicsReviewCommand'
            $problems[0].Exception.Message | Should -BeLike "*ledger of '_unit' does not verify*"
            Get-Content $file -Raw | Should -Be $before
        }

        It 'makes Get-ComplianceSchedule stop on the same damage: a ledger that does not verify counts for nothing' {
            Register-EthicsReview -Committee 'First' -EstablishedOn 2024-12-30 -StateFolder $state | Out-Null
            Add-Content $file '[1, 2'
            { Get-ComplianceSchedule -Path $valid -StateFolder $state -ErrorAction Stop } |
                Should -Throw -ErrorId 'ComplianceStoreFailed,AiRegOps.PowerShell.Cmdlets.GetComplianceScheduleCommand'
        }
    }
}
