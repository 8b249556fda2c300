# One workspace for every host: which files are profiles, one calendar everywhere, and the same answer from the
# schedule, the gate, the report, the reminders, the filing and the assessment for the same inputs.
BeforeAll {
    $chat = Join-Path $AiRegOpsRepoRoot 'examples' 'genai-chat' 'airegops.yml'
    # Evidence counts from the day it is recorded (point in time), and these tests record it now: ask as of today in China.
    $asOf = [DateTime]::UtcNow.AddHours(8).ToString('yyyy-MM-dd')
    function Get-Row($Items, $Obligation, $PeriodLike = '*') {
        @($Items | Where-Object { $_.ObligationId -eq $Obligation -and $_.PeriodKey -like $PeriodLike })
    }
}

AfterAll {
    Set-ComplianceStore
    Remove-Item Env:AIREGOPS_HOLIDAY_FILE -ErrorAction SilentlyContinue
}

Describe 'Which files are profiles' {
    BeforeEach {
        $root = Join-Path $TestDrive ([guid]::NewGuid())
        New-Item -ItemType Directory (Join-Path $root 'svc-b'), (Join-Path $root '.github' 'workflows'), (Join-Path $root 'k8s') | Out-Null
        $yaml = Get-Content $chat -Raw
        Set-Content (Join-Path $root 'airegops.yml') $yaml
        Set-Content (Join-Path $root 'svc-b' 'search.airegops.yml') ($yaml -replace 'name: zhiliao-chat', 'name: zhiliao-search')
        Set-Content (Join-Path $root 'docker-compose.yml') "services:`n  web:`n    image: nginx`n"
        Set-Content (Join-Path $root 'k8s' 'deploy.yaml') "apiVersion: apps/v1`nkind: Deployment`n"
        Set-Content (Join-Path $root '.github' 'workflows' 'airegops.yml') "on: push`n"
    }

    It 'reads airegops.yml and *.airegops.yml below a folder, ignores other YAML and dot-folders, and says which files with -Verbose' {
        $out = Import-ServiceProfile -Path $root -Verbose 4>&1
        $profiles = @($out | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })
        $verbose = @($out | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message | Where-Object { $_ -like 'Reading service profiles from *' })
        $profiles.Name | Sort-Object | Should -Be @('zhiliao-chat', 'zhiliao-search')
        $verbose.Count | Should -Be 2
        "$verbose" | Should -BeLike '*airegops.yml*'
        "$verbose" | Should -BeLike '*search.airegops.yml*'
        "$verbose" | Should -Not -BeLike '*docker-compose*'
        "$verbose" | Should -Not -BeLike '*.github*'
    }

    It 'reads a file named directly as given, whatever its name' {
        Copy-Item $chat (Join-Path $root 'service.yaml')
        (Get-ComplianceSchedule -Path (Join-Path $root 'service.yaml') -AsOf $asOf -StateFolder (Join-Path $root 'st') | Select-Object -First 1).Service | Should -Be 'zhiliao-chat'
    }

    It 'reads the same file reached twice once' {
        $profiles = Import-ServiceProfile -Path $root, (Join-Path $root 'airegops.yml') -ErrorVariable problems
        $problems | Should -BeNullOrEmpty
        @($profiles | Where-Object Name -EQ 'zhiliao-chat').Count | Should -Be 1
    }

    It 'refuses the same service name from two files, naming both' {
        Set-Content (Join-Path $root 'k8s' 'copy.airegops.yml') (Get-Content $chat -Raw)
        $null = Import-ServiceProfile -Path $root -ErrorVariable problems -ErrorAction SilentlyContinue
        $message = "$($problems | Select-Object -First 1)"
        $message | Should -BeLike "*duplicate service name 'zhiliao-chat'*"
        $message | Should -BeLike '*copy.airegops.yml*'
        $message | Should -BeLike "*$([IO.Path]::DirectorySeparatorChar)airegops.yml*"
    }
}

Describe 'One calendar everywhere' {
    BeforeAll {
        # 2025 replaced by a notice with a single day off on 2025-10-15: the National Day holiday is gone, so the
        # 10-working-day filing deadline after 2025-09-26 moves.
        $holidays = Join-Path $TestDrive 'holidays-2025.json'
        Set-Content $holidays '{ "year": 2025, "papers": ["test data: not a real notice"], "days": [ { "date": "2025-10-15", "name": "test", "isOffDay": true } ] }'
        $state = Join-Path $TestDrive 'calendar-state'
    }

    AfterEach { Remove-Item Env:AIREGOPS_HOLIDAY_FILE -ErrorAction SilentlyContinue }

    It '-HolidayFile is on every cmdlet that computes a date (<_>)' -ForEach @(
        'Get-ComplianceSchedule', 'Invoke-ComplianceGate', 'Export-ComplianceReport', 'Send-ComplianceReminder',
        'New-AlgorithmFiling', 'Invoke-SecurityAssessment', 'Register-EthicsReview', 'Get-RegulatoryDeadline'
    ) {
        (Get-Command $_).Parameters.Keys | Should -Contain 'HolidayFile'
    }

    It 'gives the same filing deadline in the schedule, the filing package and the report, by parameter or by $env:AIREGOPS_HOLIDAY_FILE' {
        $shipped = (Get-Row (Get-ComplianceSchedule -Path $chat -AsOf $asOf -StateFolder $state) 'arr-algorithm-filing' 'launched@*')[0].DueDate
        $byParameter = (Get-Row (Get-ComplianceSchedule -Path $chat -AsOf $asOf -StateFolder $state -HolidayFile $holidays) 'arr-algorithm-filing' 'launched@*')[0].DueDate
        $byParameter | Should -Not -Be $shipped

        $env:AIREGOPS_HOLIDAY_FILE = $holidays
        (Get-Row (Get-ComplianceSchedule -Path $chat -AsOf $asOf -StateFolder $state) 'arr-algorithm-filing' 'launched@*')[0].DueDate | Should -Be $byParameter
        $filing = Import-ServiceProfile $chat | New-AlgorithmFiling -Kind New -EventDate 2025-09-26 -StateFolder $state -WarningAction SilentlyContinue
        $filing.Deadline.DueDate | Should -Be $byParameter
        $csv = Join-Path $TestDrive 'calendar.csv'
        Export-ComplianceReport -Path $chat -OutputPath $csv -AsOf $asOf -StateFolder $state
        (Import-Csv $csv | Where-Object { $_.obligationId -eq 'arr-algorithm-filing' -and $_.periodKey -like 'launched@*' }).dueDate | Should -Be $byParameter
    }

    It 'names the environment variable when its file is missing' {
        $env:AIREGOPS_HOLIDAY_FILE = Join-Path $TestDrive 'nope.json'
        { Get-ComplianceSchedule -Path $chat -AsOf $asOf -ErrorAction Stop } | Should -Throw -ExpectedMessage '*AIREGOPS_HOLIDAY_FILE*'
    }
}

Describe 'The same answer from every host for the same inputs' {
    BeforeAll {
        $state = Join-Path $TestDrive 'pairs-state'
        Set-ComplianceStore -Path (Join-Path $TestDrive 'pairs-evidence')
        $file = Join-Path $TestDrive 'annual-report.pdf'
        Set-Content $file 'FY2025 ethics annual report'
        # Evidence for the one overdue item and for the open assessment trigger; a recorded filing change.
        Add-ComplianceEvidence $file -Service zhiliao-chat -Obligation ethics-annual-report -Period FY2025 | Out-Null
        $sa = Get-Row (Get-ComplianceSchedule -Path $chat -AsOf $asOf -StateFolder $state) 'sa-security-assessment' 'significant-user-growth@*'
        Add-ComplianceEvidence $file -Service zhiliao-chat -Obligation sa-security-assessment -Period $sa[0].PeriodKey | Out-Null
        $schedule = Get-ComplianceSchedule -Path $chat -AsOf $asOf -StateFolder $state
    }

    It 'the schedule counts the evidence' {
        (Get-Row $schedule 'ethics-annual-report' 'FY2025')[0].Status | Should -Be 'Satisfied'
        (Get-Row $schedule 'sa-security-assessment' 'significant-user-growth@*')[0].Status | Should -Be 'Satisfied'
    }

    It 'schedule vs gate: the gate fails on exactly the overdue items of the schedule' {
        $gate = Invoke-ComplianceGate -Path $chat -AsOf $asOf -StateFolder $state -SummaryPath (Join-Path $TestDrive 'summary.md') -ErrorAction SilentlyContinue
        $overdue = @($schedule | Where-Object { $_.Status -eq 'Overdue' -and -not $_.OutsideGate } | ForEach-Object { "$($_.ObligationId) $($_.PeriodKey)" })
        $violations = @($gate.Violations | Where-Object Kind -EQ 'Overdue' | ForEach-Object { "$($_.Obligation) $($_.Period)" })
        $violations | Should -Be $overdue
        $violations | Should -Not -Contain 'ethics-annual-report FY2025'
    }

    It 'schedule vs report: every row has the status of the schedule' {
        $csv = Join-Path $TestDrive 'pairs.csv'
        Export-ComplianceReport -Path $chat -OutputPath $csv -AsOf $asOf -StateFolder $state
        $rows = Import-Csv $csv
        ($rows | ForEach-Object { "$($_.obligationId) $($_.periodKey) $($_.status)" }) -join ';' |
            Should -Be (($schedule | ForEach-Object { "$($_.ObligationId) $($_.PeriodKey) $($_.Status)" }) -join ';')
    }

    It 'schedule vs reminders: an issue is planned for an item only when the schedule says it needs action' {
        $changes = Send-ComplianceReminder -Path $chat -Repository octo-org/chat-service -AsOf $asOf -StateFolder $state
        $opened = @($changes | Where-Object Action -EQ 'Open' | ForEach-Object { "$($_.Key)" })
        $opened | Should -Not -Contain 'zhiliao-chat/ethics-annual-report/FY2025'
        $needing = @($schedule | Where-Object { $_.Status -in 'Due', 'Overdue' -and $_.PeriodKey -ne 'continuous' } | ForEach-Object { "zhiliao-chat/$($_.ObligationId)/$($_.PeriodKey)" })
        foreach ($key in $needing) { $opened | Should -Contain $key }

        # The same command without the evidence (an empty store) does open it: the evidence is what made the difference.
        Set-ComplianceStore -Path (Join-Path $TestDrive 'pairs-empty-evidence')
        try {
            $without = Send-ComplianceReminder -Path $chat -Repository octo-org/chat-service -AsOf $asOf -StateFolder $state
            @($without | Where-Object Action -EQ 'Open' | ForEach-Object { "$($_.Key)" }) | Should -Contain 'zhiliao-chat/ethics-annual-report/FY2025'
        }
        finally {
            Set-ComplianceStore -Path (Join-Path $TestDrive 'pairs-evidence')
        }
    }

    It 'schedule vs filing: the filing package has the deadline of the schedule item' {
        $filing = Import-ServiceProfile $chat | New-AlgorithmFiling -Kind New -EventDate 2025-09-26 -StateFolder $state -WarningAction SilentlyContinue
        $filing.Deadline.DueDate | Should -Be (Get-Row $schedule 'arr-algorithm-filing' 'launched@*')[0].DueDate
    }

    It 'schedule vs assessment: a trigger the schedule counts as met is answered in the assessment' {
        $assessment = Invoke-SecurityAssessment -Path $chat -AsOf $asOf -StateFolder $state
        $growth = $assessment.Triggers | Where-Object Kind -EQ 'SignificantUserGrowth'
        $growth | Should -Not -BeNullOrEmpty
        $growth.IsAnswered | Should -BeTrue
        $growth.AnsweredBy | Should -Be (Get-Row $schedule 'sa-security-assessment' 'significant-user-growth@*')[0].SatisfiedBy
    }
}

Describe 'Corrections without deletion' {
    BeforeAll {
        $state = Join-Path $TestDrive 'revoke-state'
        Set-ComplianceStore -Path (Join-Path $TestDrive 'revoke-evidence')
        $file = Join-Path $TestDrive 'wrong-report.pdf'
        Set-Content $file 'FY2025 ethics annual report, wrong year'
    }

    It 'revokes evidence: the schedule stops counting it, the ledger keeps both entries and still verifies' {
        $record = Add-ComplianceEvidence $file -Service zhiliao-chat -Obligation ethics-annual-report -Period FY2025
        (Get-Row (Get-ComplianceSchedule -Path $chat -AsOf $asOf -StateFolder $state) 'ethics-annual-report' 'FY2025')[0].Status | Should -Be 'Satisfied'

        $revocation = $record | Revoke-ComplianceEvidence -Reason 'the report of another year' -RevokedBy auditor -Confirm:$false
        $revocation.Metadata.AddedBy | Should -Be 'auditor'
        $revocation.Metadata.Note | Should -BeLike '*the report of another year*'

        (Get-Row (Get-ComplianceSchedule -Path $chat -AsOf $asOf -StateFolder $state) 'ethics-annual-report' 'FY2025')[0].Status | Should -Be 'Overdue'
        @(Get-ComplianceEvidence -Service zhiliao-chat).Count | Should -Be 2
        (Test-ComplianceEvidence).IsValid | Should -BeTrue
    }

    It 'says when there is nothing to revoke' {
        Revoke-ComplianceEvidence -Service zhiliao-chat -Hash ('0' * 64) -Reason x -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'EvidenceNotFound,*'
    }
}

Describe 'Names checked on write' {
    BeforeAll {
        $folder = Join-Path $TestDrive 'names'
        New-Item -ItemType Directory $folder | Out-Null
        Copy-Item $chat (Join-Path $folder 'airegops.yml')
        $file = Join-Path $TestDrive 'names-evidence.txt'
        Set-Content $file 'evidence'
        Push-Location $folder
        Set-ComplianceStore -Path (Join-Path $TestDrive 'names-evidence')
    }

    AfterAll { Pop-Location }

    It 'refuses an unknown service with a suggestion' {
        $r = Add-ComplianceEvidence $file -Service zhiliao-caht -Obligation ethics-annual-report -Period FY2025 -ErrorVariable problems -ErrorAction SilentlyContinue
        $r | Should -BeNullOrEmpty
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'NameUnknown,*'
        "$($problems[0])" | Should -BeLike "*'zhiliao-caht'*did you mean 'zhiliao-chat'*"
        @(Get-ComplianceEvidence).Count | Should -Be 0
    }

    It 'refuses an unknown obligation and an unknown period with suggestions' {
        Add-ComplianceEvidence $file -Service zhiliao-chat -Obligation ethics-anual-report -Period FY2025 -ErrorVariable p1 -ErrorAction SilentlyContinue
        "$($p1[0])" | Should -BeLike "*did you mean 'ethics-annual-report'*"
        Add-ComplianceEvidence $file -Service zhiliao-chat -Obligation ethics-annual-report -Period FY2052 -ErrorVariable p2 -ErrorAction SilentlyContinue
        "$($p2[0])" | Should -BeLike "*-Period*'FY2052'*"
    }

    It 'writes with -Force and warns' {
        $r = Add-ComplianceEvidence $file -Service zhiliao-caht -Obligation ethics-annual-report -Period FY2025 -Force -WarningVariable warned -WarningAction SilentlyContinue
        $r.Outcome | Should -Be 'Added'
        "$warned" | Should -BeLike '*zhiliao-caht*-Force*'
    }

    It 'checks Register-AlgorithmFiling the same way' {
        Register-AlgorithmFiling -Service zhiliao-chta -FilingNumber '网信算备110108123456701230011号' -FiledOn 2025-10-10 -StateFolder (Join-Path $TestDrive 'names-state') -ErrorVariable problems -ErrorAction SilentlyContinue
        "$($problems[0])" | Should -BeLike "*did you mean 'zhiliao-chat'*"
    }
}
