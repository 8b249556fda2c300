BeforeAll {
    $testData = Join-Path $PSScriptRoot 'TestData'
}

Describe 'Get-RegulatoryDeadline' {
    Context 'working days' {
        It 'counts 10 working days over the National Day holiday (2025-09-26 -> 2025-10-16)' {
            $result = Get-RegulatoryDeadline -Start 2025-09-26 -WorkingDays 10
            $result.DueDate | Should -Be '2025-10-16'
            $result.Unit | Should -Be 'WorkingDays'
            $result.Amount | Should -Be 10
            $result.Warnings | Should -BeNullOrEmpty
        }

        It 'is the default parameter set and takes -Start by position' {
            (Get-RegulatoryDeadline 2025-09-26 -WorkingDays 10).DueDate | Should -Be '2025-10-16'
        }

        It 'returns a DeadlineResult (core types live in the module''s own load context: compare by name)' {
            (Get-RegulatoryDeadline -Start 2025-09-26 -WorkingDays 1).PSTypeNames | Should -Contain 'AiRegOps.Core.Calendar.DeadlineResult'
        }

        It 'counts a weekend make-up working day (2025-09-28 is a Sunday worked before National Day)' {
            (Get-RegulatoryDeadline -Start 2025-09-26 -WorkingDays 1).DueDate | Should -Be '2025-09-28'
        }
    }

    Context 'calendar days' {
        It 'moves a period ending on a rest day to the next working day (2024-12-31 + 30 -> 2025-02-05)' {
            $result = Get-RegulatoryDeadline -Start 2024-12-31 -CalendarDays 30
            $result.NominalDueDate | Should -Be '2025-01-30'
            $result.DueDate | Should -Be '2025-02-05'
            $result.WasExtended | Should -BeTrue
        }
    }

    Context 'months' {
        It 'adds months' {
            $result = Get-RegulatoryDeadline -Start 2025-01-15 -Months 6
            $result.Unit | Should -Be 'Months'
            $result.NominalDueDate | Should -Be '2025-07-15'
        }
    }

    Context 'dates' {
        It 'ignores the time of day' {
            (Get-RegulatoryDeadline -Start ([datetime]'2025-09-26T23:59:00') -WorkingDays 10).DueDate | Should -Be '2025-10-16'
        }
    }

    Context 'pipeline' {
        It 'binds Start and the period by property name, one result per input' {
            $rows = @(
                [pscustomobject]@{ Start = '2025-09-26'; WorkingDays = 10 }
                [pscustomobject]@{ Start = '2025-09-26'; WorkingDays = 1 }
            )
            $results = $rows | Get-RegulatoryDeadline
            $results.Count | Should -Be 2
            $results[0].DueDate | Should -Be '2025-10-16'
            $results[1].DueDate | Should -Be '2025-09-28'
        }
    }

    Context 'years without a notice' {
        It 'warns when the period runs into a year without a published notice' {
            $result = Get-RegulatoryDeadline -Start 2026-12-31 -WorkingDays 1
            $result.DueDate | Should -Be '2027-01-01'
            $result.Warnings.Year | Should -Contain 2027
        }

        It 'uses -HolidayFile to add a year' {
            $result = Get-RegulatoryDeadline -Start 2026-12-31 -WorkingDays 1 -HolidayFile (Join-Path $testData 'holidays-2027.json')
            $result.DueDate | Should -Be '2027-01-04'
            $result.Warnings.Year | Should -Not -Contain 2027
        }
    }

    Context 'errors' {
        It 'fails with HolidayFileNotFound for a missing holiday file' {
            { Get-RegulatoryDeadline -Start 2025-01-01 -WorkingDays 1 -HolidayFile (Join-Path $testData 'nope.json') -ErrorAction Stop } |
                Should -Throw -ErrorId 'HolidayFileNotFound,AiRegOps.PowerShell.Cmdlets.GetRegulatoryDeadlineCommand' -ExpectedMessage '*nope.json*'
        }

        It 'fails with HolidayFileInvalid naming the file for a malformed holiday file' {
            { Get-RegulatoryDeadline -Start 2025-01-01 -WorkingDays 1 -HolidayFile (Join-Path $testData 'holidays-invalid.json') -ErrorAction Stop } |
                Should -Throw -ErrorId 'HolidayFileInvalid,AiRegOps.PowerShell.Cmdlets.GetRegulatoryDeadlineCommand' -ExpectedMessage '*holidays-invalid.json*'
        }

        It 'rejects a negative period' {
            { Get-RegulatoryDeadline -Start 2025-01-01 -WorkingDays -1 -ErrorAction Stop } |
                Should -Throw -ErrorId 'ParameterArgumentValidationError,AiRegOps.PowerShell.Cmdlets.GetRegulatoryDeadlineCommand'
        }

        It 'needs exactly one kind of period' {
            { Get-RegulatoryDeadline -Start 2025-01-01 -WorkingDays 1 -Months 1 -ErrorAction Stop } |
                Should -Throw -ErrorId 'AmbiguousParameterSet,AiRegOps.PowerShell.Cmdlets.GetRegulatoryDeadlineCommand'
        }
    }
}
