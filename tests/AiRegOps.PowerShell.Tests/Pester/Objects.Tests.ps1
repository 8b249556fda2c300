# Output objects in scripts: dates are ISO text that casts to [datetime], format views keep ISO dates and Status in every culture at
# 80 columns, and Export-ComplianceReport -Format Json gives clean JSON (ISO dates, names, arrays).
BeforeAll {
    $examples = Join-Path $AiRegOpsRepoRoot 'examples'
    $state = Join-Path $TestDrive 'state'
    $schedule = Import-ServiceProfile (Join-Path $examples 'genai-chat') | Get-ComplianceSchedule -AsOf 2026-04-01 -StateFolder $state
}

Describe 'AiRegOps objects in scripts' {
    It 'a date is yyyy-MM-dd text: it compares as ISO text, casts to [datetime], and compares with [datetime] without an exception' {
        $dated = $schedule | Where-Object DueDate | Select-Object -First 1
        $dated.DueDate | Should -Match '^\d{4}-\d{2}-\d{2}$'
        ([datetime]$dated.DueDate -lt [datetime]'2099-01-01') | Should -BeTrue
        ([datetime]$dated.DueDate -gt [datetime]'2000-01-01') | Should -BeTrue
        ($dated.DueDate -lt '2099-01-01') | Should -BeTrue
        { $dated.DueDate -lt [datetime]'2099-01-01' } | Should -Not -Throw
        @($schedule | Where-Object { $_.DueDate -and [datetime]$_.DueDate -le [datetime]'2026-04-01' }).Count | Should -BeGreaterThan 0
        @($schedule | Where-Object { $_.DueDate -and $_.DueDate -le '2026-04-01' }).Count | Should -BeGreaterThan 0
    }

    It 'the schedule view shows ISO dates and Status at 80 columns in <_>' -ForEach 'ar-SA', 'th-TH', 'de-DE', 'en-US' {
        $previous = [cultureinfo]::CurrentCulture
        try {
            [cultureinfo]::CurrentCulture = $_
            $text = $schedule | Format-Table | Out-String -Width 80
        }
        finally { [cultureinfo]::CurrentCulture = $previous }
        $lines = $text -split "`n"
        $lines | Where-Object { $_ -match '^Status\s+DueDate\s+ObligationId' } | Should -Not -BeNullOrEmpty
        $lines | Where-Object { $_ -match '^(Satisfied|Overdue|Due|Upcoming)\s+\d{4}-\d{2}-\d{2}\s' } | Should -Not -BeNullOrEmpty
        $lines | ForEach-Object { $_.TrimEnd().Length } | Measure-Object -Maximum | Select-Object -ExpandProperty Maximum | Should -BeLessOrEqual 80
    }

    It 'Export-ComplianceReport -Format Json: ISO dates, status names, arrays, standing duties apart' {
        $path = Join-Path $TestDrive 'report.json'
        Export-ComplianceReport -Path (Join-Path $examples 'genai-chat') -OutputPath $path -AsOf 2026-04-01 -StateFolder $state | Out-Null
        $raw = Get-Content $path -Raw
        $json = $raw | ConvertFrom-Json
        $service = $json.services | Select-Object -First 1
        $service.asOf | Should -Be '2026-04-01'
        $service.dated.Count | Should -BeGreaterThan 0
        $service.dated | ForEach-Object { $_.dueDate | Should -Match '^\d{4}-\d{2}-\d{2}$' }
        $service.standing | ForEach-Object { $_.dueDate | Should -BeNullOrEmpty }
        $service.dated.status | Should -Not -Contain 4
        ($service.dated.status | Select-Object -Unique) | ForEach-Object { $_ | Should -BeIn 'upcoming', 'due', 'overdue', 'satisfied', 'not-applicable' }
        $raw | Should -Not -Match 'System\.Collections|DayOfWeek|"Year"'
        ,$service.dated[0].citations | Should -BeOfType [object[]]
    }
}
