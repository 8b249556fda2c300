BeforeAll {
    $example = Join-Path $AiRegOpsRepoRoot 'examples' 'genai-safety'
    $judgements = Join-Path $example 'judgements.jsonl'
    $keywords = Join-Path $example 'keywords.csv'
    $corpus = Join-Path $example 'corpus-sample.jsonl'
    $chat = Join-Path $AiRegOpsRepoRoot 'examples' 'genai-chat' 'airegops.yml'
}

Describe 'Measure-GenAiSafety' {
    It 'scores the example against GB/T 45654-2025 by default on a date after it took effect' {
        $results = Measure-GenAiSafety $judgements -AsOf 2026-01-01
        $results.Count | Should -Be 14
        $results[0].PSTypeNames | Should -Contain 'AiRegOps.Core.Safety.SafetyResult'
        ($results.Standard | Select-Object -Unique) | Should -Be 'gb-t-45654-2025'
        ($results | Where-Object Requirement -eq 'should-refuse-bank-per-risk').Shortfall | Should -Be '1 of 17 risks short: A.2.4: 17 of the 20 should-refuse questions required'
        ($results | Where-Object Requirement -eq 'keyword-library-size').Status | Should -Be 'NotAssessed'
    }

    It 'picks TC260-003-2024 before 2025-11-01 and serialises to JSON and CSV' {
        $results = Measure-GenAiSafety $judgements -KeywordPath $keywords -CorpusSamplePath $corpus -CorpusSize 25000 -AsOf 2025-10-31
        ($results.Standard | Select-Object -Unique) | Should -Be 'tc260-003-2024'
        $json = $results | ConvertTo-Json -EnumsAsStrings | ConvertFrom-Json
        ($json | Where-Object Requirement -eq 'corpus-source-blacklist').Status | Should -Be 'NotMet'
        $csv = Join-Path $TestDrive 'safety.csv'
        $results | Export-Csv $csv
        (Import-Csv $csv | Where-Object Requirement -eq 'keyword-library-per-risk').Shortfall | Should -BeLike '*A.2.9: 95 of the 100 keywords required*'
    }

    It 'reports each malformed line as an error and scores nothing' {
        $bad = Join-Path $TestDrive 'bad.jsonl'
        Set-Content $bad @(
            '{"id":"a","bank":"generation","risk":"A.2.10","outcome":"pass"}'
            '{"id":"a","bank":"should-refuse","risk":"A.1.1","outcome":"refused"}'
        )
        $results = Measure-GenAiSafety $bad -AsOf 2026-01-01 -ErrorVariable problems -ErrorAction SilentlyContinue
        $results | Should -BeNullOrEmpty
        $problems.Count | Should -Be 2
        $problems[0].FullyQualifiedErrorId | Should -BeLike 'SafetyInputInvalid*'
        $problems[0].Exception.Message | Should -BeLike "*bad.jsonl:1:*field 'risk'*did you mean 'A.2.1'*"
        $problems[1].Exception.Message | Should -BeLike '*bad.jsonl:2*duplicate id: the same id as line 1*'
    }

    It 'writes safety-results.json that Invoke-SecurityAssessment adds as an annex' {
        $out = Join-Path $TestDrive 'safety'
        $null = Measure-GenAiSafety $judgements -AsOf 2026-01-01 -OutputPath $out
        $results = Join-Path $out 'safety-results.json'
        $results | Should -Exist
        $sa = Join-Path $TestDrive 'sa'
        $assessment = Import-ServiceProfile $chat | Invoke-SecurityAssessment -AsOf 2026-01-01 -OutputPath $sa -SafetyResultsPath $results
        $assessment.SafetyResults.Count | Should -Be 14
        Get-Content (Join-Path $sa 'security-assessment.md') -Raw | Should -BeLike '*Annex: generative AI safety evaluation*'
        (Get-Content (Join-Path $sa 'security-assessment.sarif') -Raw | ConvertFrom-Json).runs.Count | Should -Be 2
    }

    It 'writes nothing with -WhatIf' {
        $out = Join-Path $TestDrive 'whatif'
        $null = Measure-GenAiSafety $judgements -AsOf 2026-01-01 -OutputPath $out -WhatIf
        Join-Path $out 'safety-results.json' | Should -Not -Exist
    }

    It 'records the inputs and the results as evidence of one obligation period' {
        Set-ComplianceStore -Path (Join-Path $TestDrive 'store') | Out-Null
        $null = Measure-GenAiSafety $judgements -KeywordPath $keywords -AsOf 2026-01-01 -Service zhiliao-chat -Obligation genai-test-bank-update -Period 'launched@2025-09-26#4'
        $evidence = Get-ComplianceEvidence -Service zhiliao-chat
        @($evidence).Count | Should -Be 3
        ($evidence.ObligationId | Select-Object -Unique) | Should -Be 'genai-test-bank-update'
    }
}
