BeforeAll {
    $testData = Join-Path $PSScriptRoot 'TestData'
    $valid = Join-Path $testData 'profiles' 'valid.airegops.yml'
    $invalid = Join-Path $testData 'profiles' 'invalid' 'two-problems.airegops.yml'
    $examples = Join-Path $AiRegOpsRepoRoot 'examples'
    $chat = Join-Path $examples 'genai-chat' 'airegops.yml'
}

Describe 'Get-ComplianceSchedule' {
    Context 'schedule' {
        It 'returns schedule items for a profile from the pipeline' {
            $items = Import-ServiceProfile $valid | Get-ComplianceSchedule -AsOf 2025-10-20
            $items | Should -Not -BeNullOrEmpty
            $items[0].PSTypeNames | Should -Contain 'AiRegOps.Core.Schedule.ScheduleItem'
            $items.Service | Select-Object -Unique | Should -Be 'test-forum-chat'
        }

        It 'makes the algorithm filing due 10 working days after launch (2025-09-26 -> 2025-10-16) and overdue after' {
            $filing = Get-ComplianceSchedule -Path $valid -AsOf 2025-10-20 | Where-Object ObligationId -eq 'arr-algorithm-filing'
            $filing.SeedRef | Should -Be 'A.1'
            $filing.DueDate | Should -Be '2025-10-16'
            $filing.Status | Should -Be 'Overdue'
            $filing.Citations | Should -Not -BeNullOrEmpty
            $filing.Deadline | Should -Not -BeNullOrEmpty
        }

        It 'shows the same filing as upcoming before its due date' {
            $filing = Get-ComplianceSchedule -Path $valid -AsOf 2025-09-29 | Where-Object ObligationId -eq 'arr-algorithm-filing'
            $filing.Status | Should -BeIn @('Upcoming', 'Due')
        }

        It 'leaves out items that do not apply unless asked' {
            $default = Get-ComplianceSchedule -Path $valid -AsOf 2025-10-20
            $default.Status | Should -Not -Contain 'NotApplicable'
            $all = Get-ComplianceSchedule -Path $valid -AsOf 2025-10-20 -IncludeNotApplicable
            $all.Status | Should -Contain 'NotApplicable'
            $all.Count | Should -BeGreaterThan $default.Count
            ($all | Where-Object Status -eq NotApplicable | Select-Object -First 1).Reasons | Should -Not -BeNullOrEmpty
        }

        It 'filters by status' {
            $overdue = Get-ComplianceSchedule -Path $valid -AsOf 2025-10-20 -Status Overdue
            $overdue | Should -Not -BeNullOrEmpty
            $overdue.Status | Select-Object -Unique | Should -Be 'Overdue'
            (Get-ComplianceSchedule -Path $valid -AsOf 2025-10-20 -Status NotApplicable).Status | Select-Object -Unique | Should -Be 'NotApplicable'
        }

        It 'gives the same items from -Path as from the pipeline' {
            $fromPath = Get-ComplianceSchedule -Path $chat -AsOf 2026-04-01
            $fromPipeline = Import-ServiceProfile $chat | Get-ComplianceSchedule -AsOf 2026-04-01
            ($fromPath | ForEach-Object ToString) | Should -Be ($fromPipeline | ForEach-Object ToString)
        }

        It 'takes files from Get-ChildItem by FullName' {
            $items = Get-ChildItem $examples -Recurse -Filter airegops.yml | Get-ComplianceSchedule -AsOf 2026-04-01
            ($items.Service | Select-Object -Unique).Count | Should -Be (Get-ChildItem $examples -Recurse -Filter airegops.yml).Count
        }

        It 'selects services by name with wildcards' {
            $items = Get-ComplianceSchedule -Path $examples -AsOf 2026-04-01 -Service 'zhiliao*'
            $items | Should -Not -BeNullOrEmpty
            $items.Service | Select-Object -Unique | Should -Be 'zhiliao-chat'
        }

        It 'defaults -AsOf to today in China' {
            $chinaToday = { [DateOnly]::FromDateTime([DateTimeOffset]::UtcNow.ToOffset([TimeSpan]::FromHours(8)).DateTime) }
            $before = & $chinaToday
            $implicit = (Get-ComplianceSchedule -Path $chat -IncludeNotApplicable | ForEach-Object ToString) -join "`n"
            $after = & $chinaToday
            # Around midnight in China the call may straddle two dates: either is right.
            $expected = foreach ($date in @($before, $after)) {
                (Get-ComplianceSchedule -Path $chat -IncludeNotApplicable -AsOf $date.ToDateTime([TimeOnly]::MinValue) | ForEach-Object ToString) -join "`n"
            }
            $implicit | Should -Not -BeNullOrEmpty
            $expected | Should -Contain $implicit
        }

        It 'uses -HolidayFile for years without a shipped notice' {
            $items = Get-ComplianceSchedule -Path $valid -AsOf 2025-10-20 -HolidayFile (Join-Path $testData 'holidays-2027.json')
            $items | Should -Not -BeNullOrEmpty
        }
    }

    Context 'errors' {
        It 'reports each problem of an invalid profile given by -Path and schedules nothing for it' {
            $items = Get-ComplianceSchedule -Path $invalid -AsOf 2025-10-20 -ErrorVariable problems -ErrorAction SilentlyContinue
            $items | Should -BeNullOrEmpty
            $problems.Count | Should -Be 2
            $problems[0].FullyQualifiedErrorId | Should -Be 'ProfileInvalid,AiRegOps.PowerShell.Cmdlets.GetComplianceScheduleCommand'
        }

        It 'reports a missing profile path' {
            $null = Get-ComplianceSchedule -Path (Join-Path $testData 'nope.yml') -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems[0].FullyQualifiedErrorId | Should -Be 'ProfilePathNotFound,AiRegOps.PowerShell.Cmdlets.GetComplianceScheduleCommand'
        }

        It 'stops with HolidayFileNotFound for a missing holiday file' {
            { Get-ComplianceSchedule -Path $valid -HolidayFile (Join-Path $testData 'nope.json') -ErrorAction Stop } |
                Should -Throw -ErrorId 'HolidayFileNotFound,AiRegOps.PowerShell.Cmdlets.GetComplianceScheduleCommand' -ExpectedMessage '*nope.json*'
        }

        It 'stops with HolidayFileInvalid for a malformed holiday file' {
            { Get-ComplianceSchedule -Path $valid -HolidayFile (Join-Path $testData 'holidays-invalid.json') -ErrorAction Stop } |
                Should -Throw -ErrorId 'HolidayFileInvalid,AiRegOps.PowerShell.Cmdlets.GetComplianceScheduleCommand' -ExpectedMessage '*holidays-invalid.json*'
        }

        It 'rejects an unknown status by name' {
            { Get-ComplianceSchedule -Path $valid -Status Late -ErrorAction Stop } |
                Should -Throw -ErrorId 'CannotConvertArgumentNoMessage,AiRegOps.PowerShell.Cmdlets.GetComplianceScheduleCommand'
        }
    }

    Context 'tab completion' {
        It 'completes service names from -Path' {
            $script = "Get-ComplianceSchedule -Path '$examples' -Service zh"
            (TabExpansion2 -inputScript $script -cursorColumn $script.Length).CompletionMatches.CompletionText | Should -Contain 'zhiliao-chat'
        }
    }

    Context 'format' {
        It 'groups the table by service' {
            $text = Get-ComplianceSchedule -Path $valid -AsOf 2025-10-20 | Out-String -Width 120
            $text | Should -Match 'Service: test-forum-chat'
            $text | Should -Match 'Status\s+DueDate\s+ObligationId\s+PeriodKey\s+Title'
            $text | Should -Match 'Overdue\s+2025-10-16\s+arr-algorithm-filing\s+launched'
        }
    }
}
