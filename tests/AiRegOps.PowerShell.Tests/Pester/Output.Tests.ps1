# Every cmdlet's real output, serialised as a script would: ConvertTo-Json -Depth 10 and Export-Csv, in de-DE and
# en-US. Dates are yyyy-MM-dd text (instants ISO-8601), enums are names, lists are arrays in JSON and "; "-joined
# cells in CSV; nothing shows date parts, enum numbers or CLR type names.
# Not here: Export-ComplianceReport and Save-ComplianceEvidence write files and return [IO.FileInfo] as file cmdlets do;
# Send-DeploymentEvent needs a storage queue (its receipt is converted by the same code as every other output).
BeforeAll {
    $examples = Join-Path $AiRegOpsRepoRoot 'examples'
    $chat = Join-Path $examples 'genai-chat'
    $state = Join-Path $TestDrive 'state'
    $savedToken = $env:GITHUB_TOKEN
    $env:GITHUB_TOKEN = $null
    Set-ComplianceStore -Path (Join-Path $TestDrive 'evidence')

    # Fails on any value a serialiser would render badly: typed dates, enums, and CLR objects that are not output objects.
    function Assert-FlatValue($Value, [string]$Where) {
        if ($null -eq $Value) { return }
        $type = $Value.GetType()
        if ($type.IsEnum -or $Value -is [DateOnly] -or $Value -is [datetime] -or $Value -is [datetimeoffset] -or $Value -is [timespan]) {
            throw "$Where is a $($type.FullName) ($Value); expected text"
        }
        if ($Value -is [string] -or $type.IsPrimitive -or $Value -is [decimal]) { return }
        if ($Value -is [System.Collections.IEnumerable]) {
            $i = 0
            foreach ($item in $Value) { Assert-FlatValue $item "$Where[$i]"; $i++ }
            return
        }
        if ($Value -isnot [System.Management.Automation.PSCustomObject]) { throw "$Where is a $($type.FullName); expected an output object" }
        foreach ($property in $Value.PSObject.Properties) { Assert-FlatValue $property.Value "$Where.$($property.Name)" }
    }

    function Assert-ScriptableOutput([object[]]$Objects, [string]$Name) {
        $Objects | Should -Not -BeNullOrEmpty -Because "$Name must output something to test"
        $i = 0
        foreach ($object in $Objects) { Assert-FlatValue $object "$Name[$i]"; $i++ }
        $previous = [cultureinfo]::CurrentCulture
        try {
            foreach ($culture in 'de-DE', 'en-US') {
                [cultureinfo]::CurrentCulture = $culture
                $json = $Objects | ConvertTo-Json -Depth 10
                $csvFile = Join-Path $TestDrive "$Name-$culture.csv"
                $Objects | Export-Csv -LiteralPath $csvFile -NoTypeInformation -Encoding utf8
                $csv = Get-Content -LiteralPath $csvFile -Raw

                $json | Should -Not -Match '"(DayOfWeek|DayOfYear|DayNumber|Ticks|UtcDateTime)"\s*:' -Because "$Name JSON in $culture has no date parts"
                $json | Should -Not -Match '"(Status|Kind|Verdict|Confidence|Level|Outcome|Action|Unit|Phase|Basis)"\s*:\s*-?\d' -Because "$Name JSON in $culture has enum names"
                $json | Should -Not -Match 'System\.(Collections|Linq|Object\[\])|`1\[' -Because "$Name JSON in $culture has no CLR type names"
                $csv | Should -Not -Match 'System\.(Collections|Linq|Object\[\]|String\[\]|Management)|`1\[|AiRegOps\.(Core|Labels)\.\w+\.[A-Z]|AiRegOps\.PowerShell\.(Output|Internal)' -Because "$Name CSV in $culture has readable cells"
                $csv | Should -Not -Match '\b\d{1,2}[./]\d{1,2}[./]\d{4}\b' -Because "$Name CSV in $culture has ISO dates"
                $json | Should -Not -Match '\b\d{1,2}[./]\d{1,2}[./]\d{4}\b' -Because "$Name JSON in $culture has ISO dates"
                ($json | ConvertFrom-Json) | Should -Not -BeNullOrEmpty

                # The format view: ISO dates, Status kept at 80 columns when the object has one.
                $table = $Objects | Format-Table | Out-String -Width 80
                $table | Should -Not -Match '\b\d{1,2}[./]\d{1,2}[./]\d{4}\b' -Because "$Name table in $culture has ISO dates"
                if ($Objects[0].PSObject.Properties['Status']) {
                    $table | Should -Match '\bStatus\b' -Because "$Name table in $culture keeps Status visible at 80 columns"
                }
            }
        }
        finally { [cultureinfo]::CurrentCulture = $previous }
    }

    $labels = Join-Path $TestDrive 'labels'
    New-Item -ItemType Directory -Path $labels | Out-Null
    $label = '{"Label":"1","ContentProducer":"001191440300708461136T1XGW3","ProduceID":"p-0001","ReservedCode1":"","ContentPropagator":"","PropagateID":"","ReservedCode2":""}'
    Set-Content -LiteralPath (Join-Path $labels 'good.md') -Value "---`nAIGC: '$label'`n---`n# page" -NoNewline
    Set-Content -LiteralPath (Join-Path $labels 'bad.md') -Value "---`nLabel: AIGC`nContentProducer: 示例智能科技有限公司`n---`n# page" -NoNewline
}

AfterAll {
    $env:GITHUB_TOKEN = $savedToken
    Set-ComplianceStore
}

Describe 'Every cmdlet''s output serialises cleanly' {
    It 'Import-ServiceProfile' { Assert-ScriptableOutput @(Import-ServiceProfile $chat) 'Import-ServiceProfile' }

    It 'Get-ComplianceSchedule (dated and standing items)' {
        $items = @(Import-ServiceProfile $chat | Get-ComplianceSchedule -AsOf 2026-04-01 -StateFolder $state -IncludeNotApplicable)
        @($items | Where-Object DueDate).Count | Should -BeGreaterThan 0
        @($items | Where-Object { -not $_.DueDate }).Count | Should -BeGreaterThan 0
        $items[0].Status | Should -BeOfType [string]
        Assert-ScriptableOutput $items 'Get-ComplianceSchedule'
    }

    It 'Invoke-ComplianceGate' {
        $result = Import-ServiceProfile $chat | Invoke-ComplianceGate -AsOf 2026-04-01 -StateFolder $state -ErrorAction SilentlyContinue
        $result.AsOf | Should -Be '2026-04-01'
        Assert-ScriptableOutput @($result) 'Invoke-ComplianceGate'
    }

    It 'Invoke-SecurityAssessment' {
        $result = Import-ServiceProfile $chat | Invoke-SecurityAssessment -AsOf 2026-04-01 -StateFolder $state -OutputPath (Join-Path $TestDrive 'sa')
        Assert-ScriptableOutput @($result) 'Invoke-SecurityAssessment'
    }

    It 'New-AlgorithmFiling' {
        $package = Import-ServiceProfile $chat | New-AlgorithmFiling -StateFolder $state -WarningAction SilentlyContinue
        Assert-ScriptableOutput @($package) 'New-AlgorithmFiling'
    }

    It 'Test-PublicOpinionAttribute' { Assert-ScriptableOutput @(Import-ServiceProfile $chat | Test-PublicOpinionAttribute) 'Test-PublicOpinionAttribute' }

    It 'Get-AiRegulation, with and without -AsOf' {
        Assert-ScriptableOutput @(Get-AiRegulation) 'Get-AiRegulation'
        Assert-ScriptableOutput @(Get-AiRegulation -AsOf 2026-01-01) 'Get-AiRegulation-AsOf'
    }

    It 'Get-AiObligation, with and without -AsOf' {
        Assert-ScriptableOutput @(Get-AiObligation) 'Get-AiObligation'
        Assert-ScriptableOutput @(Get-AiObligation -AsOf 2026-01-01) 'Get-AiObligation-AsOf'
    }

    It 'Get-RegulatoryDeadline' {
        $deadline = Get-RegulatoryDeadline -Start 2025-09-26 -WorkingDays 10
        $deadline.DueDate | Should -Be '2025-10-16'
        Assert-ScriptableOutput @($deadline) 'Get-RegulatoryDeadline'
    }

    It 'Register-AlgorithmFiling' {
        $record = Register-AlgorithmFiling -Service zhiliao-chat -FilingNumber '网信算备110108823483901230031号' -FiledOn 2025-10-15 -StateFolder $state
        Assert-ScriptableOutput @($record) 'Register-AlgorithmFiling'
    }

    It 'Get- and Revoke-ComplianceRecord' {
        $records = Join-Path $TestDrive 'records'
        Register-AlgorithmFiling -Service zhiliao-chat -FilingNumber '网信算备110108823483901230031号' -FiledOn 2025-10-15 -StateFolder $records | Out-Null
        $listed = @(Get-ComplianceRecord -StateFolder $records)
        $listed[0].Date | Should -Be '2025-10-15'
        Assert-ScriptableOutput $listed 'Get-ComplianceRecord'
        $revoked = $listed[0] | Revoke-ComplianceRecord -Reason 'wrong number' -RevokedBy auditor -StateFolder $records -Confirm:$false
        $revoked.Revoked | Should -BeTrue
        Assert-ScriptableOutput @($revoked) 'Revoke-ComplianceRecord'
    }

    It 'Register-EthicsReview' {
        $outcome = Register-EthicsReview -Committee 'AI Ethics Committee' -EstablishedOn 2024-12-31 -AsOf 2025-01-10 -StateFolder $state
        Assert-ScriptableOutput @($outcome) 'Register-EthicsReview'
    }

    It 'Add-, Get-, Test- and Revoke-ComplianceEvidence' {
        $file = Join-Path $TestDrive 'report.txt'
        Set-Content -LiteralPath $file -Value 'assessment report'
        $record = Add-ComplianceEvidence $file -Service zhiliao-chat -Obligation sa-security-assessment -Period FY2025 -Note 'signed'
        $record.AddedAt | Should -Match '^\d{4}-\d{2}-\d{2}T'
        Assert-ScriptableOutput @($record) 'Add-ComplianceEvidence'
        Assert-ScriptableOutput @(Get-ComplianceEvidence -Service zhiliao-chat) 'Get-ComplianceEvidence'
        Assert-ScriptableOutput @(Test-ComplianceEvidence -WarningAction SilentlyContinue) 'Test-ComplianceEvidence'
        $revocation = Get-ComplianceEvidence -Service zhiliao-chat | Revoke-ComplianceEvidence -Reason 'wrong year' -RevokedBy auditor -Confirm:$false
        Assert-ScriptableOutput @($revocation) 'Revoke-ComplianceEvidence'
    }

    It 'Get-ComplianceStore' { Assert-ScriptableOutput @(Get-ComplianceStore) 'Get-ComplianceStore' }

    It 'Send-ComplianceReminder (dry run)' {
        $changes = @(Send-ComplianceReminder -Path $chat -Repository octo-org/chat-service -AsOf 2026-04-01 -StateFolder $state)
        Assert-ScriptableOutput $changes 'Send-ComplianceReminder'
    }

    It 'Measure-GenAiSafety' {
        $safety = Join-Path $examples 'genai-safety'
        $results = @(Measure-GenAiSafety (Join-Path $safety 'judgements.jsonl') -KeywordPath (Join-Path $safety 'keywords.csv') -CorpusSamplePath (Join-Path $safety 'corpus-sample.jsonl') -CorpusSize 25000 -AsOf 2025-10-31)
        Assert-ScriptableOutput $results 'Measure-GenAiSafety'
    }

    It 'Test-AigcLabel, and its results piped to Compare-AigcLabel' {
        $scan = @(Test-AigcLabel -Path $labels)
        ($scan | Where-Object { $_.Path -like '*bad.md' }).Verdict | Should -Be 'Noncompliant'
        Assert-ScriptableOutput $scan 'Test-AigcLabel'
        Assert-ScriptableOutput @(Compare-AigcLabel -ReferenceScan $scan -DifferenceScan $scan) 'Compare-AigcLabel'
    }

    It 'Add-AigcLabel' {
        $target = Join-Path $TestDrive 'label-me.md'
        Set-Content -LiteralPath $target -Value '# generated page' -NoNewline
        Assert-ScriptableOutput @(Add-AigcLabel -Path $target -ContentProducer 001191440300708461136T1XGW3 -Confirm:$false) 'Add-AigcLabel'
    }

    It 'Test-FilingDisplay' {
        $page = Join-Path $PSScriptRoot 'TestData' 'pages' 'filed.html'
        $number = '网信算备110108823483901230031号'
        Assert-ScriptableOutput @(Test-FilingDisplay -Uri $page -FilingNumber $number) 'Test-FilingDisplay'
    }
}

Describe 'Output objects in scripts' {
    It 'pipe back into AiRegOps cmdlets as the core objects they came from' {
        $svc = Import-ServiceProfile $chat
        @($svc | Get-ComplianceSchedule -AsOf 2026-04-01 -StateFolder $state).Count | Should -BeGreaterThan 0
        $svc.PSTypeNames[0] | Should -Be 'AiRegOps.Core.Profiles.ServiceProfile'
    }

    It 'list cells join with "; " and dates compare as ISO text and as [datetime]' {
        $item = Import-ServiceProfile $chat | Get-ComplianceSchedule -AsOf 2026-04-01 -StateFolder $state | Where-Object DueDate | Select-Object -First 1
        $item.Citations.ToString() | Should -Be ($item.Citations -join '; ')
        ($item | ConvertTo-Csv | ConvertFrom-Csv).Citations | Should -Be ($item.Citations -join '; ')
        ([datetime]$item.DueDate) -lt [datetime]'2099-01-01' | Should -BeTrue
        $item.DueDate -lt '2099-01-01' | Should -BeTrue
        { $item.DueDate -lt [datetime]'2099-01-01' } | Should -Not -Throw
    }

    It 'core objects from Original keep DateOnly dates, which convert to and from [datetime] and ISO text' {
        $item = Import-ServiceProfile $chat | Get-ComplianceSchedule -AsOf 2026-04-01 -StateFolder $state | Where-Object DueDate | Select-Object -First 1
        $core = [AiRegOps.PowerShell.Output.OutputObjects]::Original($item)
        $core.DueDate | Should -BeOfType [DateOnly]
        ([datetime]$core.DueDate).ToString('yyyy-MM-dd') | Should -Be $item.DueDate
        $core.DueDate -lt [datetime]'2099-01-01' | Should -BeTrue
        $core.DueDate -gt [datetime]'2000-01-01' | Should -BeTrue
        $core.DueDate -eq $item.DueDate | Should -BeTrue
        [DateOnly]([datetime]$item.DueDate) | Should -Be $core.DueDate
    }
}
