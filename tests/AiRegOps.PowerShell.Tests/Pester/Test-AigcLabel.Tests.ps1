BeforeAll {
    $folder = Join-Path ([IO.Path]::GetTempPath()) ("aigc-" + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path (Join-Path $folder 'sub') | Out-Null
    $label = '{"Label":"1","ContentProducer":"001191440300708461136T1XGW3","ProduceID":"p-0001","ReservedCode1":"","ContentPropagator":"","PropagateID":"","ReservedCode2":""}'
    Set-Content -LiteralPath (Join-Path $folder 'good.md') -Value "---`nAIGC: '$label'`n---`n# page" -NoNewline
    Set-Content -LiteralPath (Join-Path $folder 'sub/bad.md') -Value "---`nLabel: AIGC`nContentProducer: 示例智能科技有限公司`n---`n# page" -NoNewline
    Set-Content -LiteralPath (Join-Path $folder 'none.md') -Value "# no front matter" -NoNewline
    Set-Content -LiteralPath (Join-Path $folder 'notes.txt') -Value 'not scanned' -NoNewline
}

AfterAll {
    Set-ComplianceStore
    Remove-Item -LiteralPath $folder -Recurse -Force -ErrorAction SilentlyContinue
}

Describe 'Test-AigcLabel' {
    It 'scans a folder recursively, one result per supported file, with verdicts and the parsed label' {
        $results = Test-AigcLabel -Path $folder
        $results.Count | Should -Be 3
        $results[0].PSTypeNames | Should -Contain 'AiRegOps.Labels.Checking.AigcLabelResult'
        ($results | Where-Object { $_.Path -like '*good.md' }).Verdict | Should -Be 'Compliant'
        ($results | Where-Object { $_.Path -like '*good.md' }).ContentProducer | Should -Be '001191440300708461136T1XGW3'
        $bad = $results | Where-Object { $_.Path -like '*bad.md' }
        $bad.Verdict | Should -Be 'Noncompliant'
        $bad.Findings.RuleId | Should -Contain 'AIGC010'
        ($results | Where-Object { $_.Path -like '*none.md' }).Verdict | Should -Be 'NotFound'
    }

    It 'takes files from the pipeline and writes SARIF and JUnit' {
        $sarif = Join-Path $folder 'out/labels.sarif'
        $junit = Join-Path $folder 'out/labels.xml'
        $results = Get-ChildItem -LiteralPath $folder -Recurse -Filter *.md | Test-AigcLabel -SarifPath $sarif -JUnitPath $junit
        $results.Count | Should -Be 3
        $run = (Get-Content -LiteralPath $sarif -Raw | ConvertFrom-Json).runs[0]
        $run.results.ruleId | Should -Contain 'AIGC010'
        $run.tool.driver.rules.id | Should -Contain 'AIGC030'
        ([xml](Get-Content -LiteralPath $junit -Raw)).testsuites.testsuite.failures | Should -Be '2'
    }

    It 'reports a missing path as an error and goes on' {
        $results = Test-AigcLabel -Path (Join-Path $folder 'missing.png'), (Join-Path $folder 'good.md') -ErrorVariable problems -ErrorAction SilentlyContinue
        $results.Count | Should -Be 1
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'AigcLabelPathNotFound*'
    }

    It 'records the scan as evidence with -Service and -Period, and -WhatIf records nothing' {
        $store = Join-Path $folder 'store'
        Set-ComplianceStore -Path $store | Out-Null
        Test-AigcLabel -Path $folder -Service chat-assistant -Period 'continuous' -WhatIf | Out-Null
        @(Get-ComplianceEvidence -Service chat-assistant).Count | Should -Be 0
        $record = Test-AigcLabel -Path $folder -Service chat-assistant -Period 'continuous' | Where-Object { $_.PSTypeNames -contains 'AiRegOps.Core.Evidence.EvidenceRecord' }
        $record.ObligationId | Should -Be 'label-implicit-metadata'
        @(Get-ComplianceEvidence -Service chat-assistant -Obligation label-implicit-metadata).Count | Should -Be 1
    }
}

Describe 'Invoke-ComplianceGate -LabelScan' {
    BeforeAll {
        $profile = Join-Path $AiRegOpsRepoRoot 'examples' 'genai-chat' 'airegops.yml'
        $state = Join-Path $folder 'state'
        $scan = Test-AigcLabel -Path $folder
        $badPath = ($scan | Where-Object Verdict -eq 'Noncompliant').Path
    }

    It 'fails on each Noncompliant file, with the file as the period' {
        $result = Invoke-ComplianceGate -Path $profile -AsOf 2025-10-20 -StateFolder $state -LabelScan $scan -ErrorAction SilentlyContinue
        $labels = @($result.Violations | Where-Object Kind -eq 'LabelNoncompliant')
        $labels.Count | Should -Be 1
        $labels[0].Period | Should -Be $badPath
        $labels[0].Obligation | Should -Be 'label-implicit-metadata'
        $result.Passed | Should -BeFalse
    }

    It 'lets a waiver for the file pass it' {
        $service = (Import-ServiceProfile $profile).Name
        $waivers = Join-Path $folder 'waivers.yml'
        Set-Content -LiteralPath $waivers -Value "waivers:`n  - service: $service`n    obligation: label-implicit-metadata`n    period: '$badPath'`n    reason: Relabelled in the next release.`n    expires: 2099-12-31`n"
        $result = Invoke-ComplianceGate -Path $profile -AsOf 2025-10-20 -StateFolder $state -LabelScan $scan -WaiverFile $waivers -ErrorAction SilentlyContinue
        @($result.Violations | Where-Object Kind -eq 'LabelNoncompliant').Count | Should -Be 0
        @($result.Waived).Count | Should -BeGreaterThan 0
    }
}
