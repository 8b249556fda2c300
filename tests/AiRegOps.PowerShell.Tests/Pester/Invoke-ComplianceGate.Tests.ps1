BeforeAll {
    $testData = Join-Path $PSScriptRoot 'TestData'
    $valid = Join-Path $testData 'profiles' 'valid.airegops.yml'
    $invalid = Join-Path $testData 'profiles' 'invalid' 'two-problems.airegops.yml'
    $examples = Join-Path $AiRegOpsRepoRoot 'examples'

    # Waives every violation of a gate result until 2099, so the gate passes.
    function Write-WaiverFor($result, [string] $path) {
        $lines = @('waivers:')
        foreach ($v in $result.Violations) {
            $lines += "  - service: $($v.Service)", "    obligation: $($v.Obligation)", '    reason: accepted for the test', '    expires: 2099-12-31'
            if ($v.Period) { $lines += "    period: '$($v.Period)'" }
        }
        Set-Content -Path $path -Value $lines
    }
}

Describe 'Invoke-ComplianceGate' {
    BeforeEach {
        $state = Join-Path $TestDrive ([guid]::NewGuid()) 'state'
        $env:GITHUB_STEP_SUMMARY = $null
        $global:LASTEXITCODE = 0
    }

    Context 'verdict' {
        It 'fails with an overdue filing and assessment gaps: ComplianceGateFailed, $LASTEXITCODE 1' {
            $result = Invoke-ComplianceGate -Path $valid -AsOf 2025-10-20 -StateFolder $state -ErrorVariable problems -ErrorAction SilentlyContinue
            $result.PSTypeNames | Should -Contain 'AiRegOps.Core.Gate.GateResult'
            $result.Passed | Should -BeFalse
            $result.Violations.Obligation | Should -Contain 'arr-algorithm-filing'
            $result.Violations.Kind | Should -Contain 'AssessmentGap'
            $LASTEXITCODE | Should -Be 1
            $problems.Count | Should -Be 1
            $problems[0].FullyQualifiedErrorId | Should -Be 'ComplianceGateFailed,AiRegOps.PowerShell.Cmdlets.InvokeComplianceGateCommand'
            $problems[0].Exception.Message | Should -BeLike '*test-forum-chat arr-algorithm-filing*'
        }

        It 'passes when valid waivers cover every violation: $LASTEXITCODE 0, no error' {
            $first = Invoke-ComplianceGate -Path $valid -AsOf 2025-10-20 -StateFolder $state -ErrorAction SilentlyContinue
            $waivers = Join-Path $TestDrive 'all.yml'
            Write-WaiverFor $first $waivers
            $result = Invoke-ComplianceGate -Path $valid -AsOf 2025-10-20 -WaiverFile $waivers -StateFolder $state -ErrorVariable problems
            $result.Passed | Should -BeTrue
            $result.Waived.Count | Should -Be $first.Violations.Count
            $problems | Should -BeNullOrEmpty
            $LASTEXITCODE | Should -Be 0
        }

        It 'treats an expired waiver as no waiver and warns about it' {
            $result = Invoke-ComplianceGate -Path $valid -AsOf 2026-01-05 -WaiverFile (Join-Path $testData 'waivers.yml') -StateFolder $state -WarningVariable warnings -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
            $result.ExpiredWaivers.Count | Should -Be 1
            $result.Violations.Obligation | Should -Contain 'arr-algorithm-filing'
            "$warnings" | Should -BeLike '*expired on 2025-12-31*'
        }

        It 'takes profiles from the pipeline and counts recorded filings from the state folder' {
            Register-AlgorithmFiling -Service test-forum-chat -FilingNumber '网信算备110108823483901230031号' -FiledOn 2025-10-15 -StateFolder $state | Out-Null
            $result = Import-ServiceProfile $valid | Invoke-ComplianceGate -AsOf 2025-10-20 -StateFolder $state -ErrorAction SilentlyContinue
            $result.Violations.Obligation | Should -Not -Contain 'arr-algorithm-filing'
        }

        It 'has table views for the result and the violations' {
            $result = Invoke-ComplianceGate -Path $valid -AsOf 2025-10-20 -StateFolder $state -ErrorAction SilentlyContinue
            $result | Out-String | Should -Match 'AsOf\s+Passed\s+ExitCode'
            $result.Violations | Out-String -Width 200 | Should -Match 'Service: test-forum-chat'
        }
    }

    Context 'outputs' {
        It 'writes SARIF, JUnit and the GitHub job summary from GITHUB_STEP_SUMMARY' {
            $summary = Join-Path $TestDrive 'summary.md'
            Set-Content $summary '# earlier step'
            $env:GITHUB_STEP_SUMMARY = $summary
            try {
                $null = Invoke-ComplianceGate -Path $examples -AsOf 2026-04-01 -SarifPath (Join-Path $TestDrive 'gate.sarif') -JUnitPath (Join-Path $TestDrive 'gate.xml') -StateFolder $state -ErrorAction SilentlyContinue
            }
            finally { $env:GITHUB_STEP_SUMMARY = $null }
            (Get-Content (Join-Path $TestDrive 'gate.sarif') -Raw | ConvertFrom-Json).version | Should -Be '2.1.0'
            ([xml](Get-Content (Join-Path $TestDrive 'gate.xml') -Raw)).testsuites.testsuite.Count | Should -Be 3
            $text = Get-Content $summary -Raw
            $text | Should -BeLike '# earlier step*'
            $text | Should -Match 'AiRegOps compliance gate: .*failed'
        }

        It 'writes rule help inline and a helpUri only from -DocumentationBaseUrl or AIREGOPS_DOCS_BASE_URL' {
            $plain = Join-Path $TestDrive 'plain.sarif'
            $null = Invoke-ComplianceGate -Path $valid -AsOf 2025-10-20 -SarifPath $plain -StateFolder $state -ErrorAction SilentlyContinue
            $rules = (Get-Content $plain -Raw | ConvertFrom-Json).runs[0].tool.driver.rules
            $rules.Count | Should -BeGreaterThan 0
            @($rules | Where-Object { $_.PSObject.Properties['helpUri'] }).Count | Should -Be 0
            $rules | ForEach-Object { $_.help.markdown | Should -Match 'Basis' }

            $linked = Join-Path $TestDrive 'linked.sarif'
            $null = Invoke-ComplianceGate -Path $valid -AsOf 2025-10-20 -SarifPath $linked -StateFolder $state -DocumentationBaseUrl https://docs.example.com/airegops -ErrorAction SilentlyContinue
            (Get-Content $linked -Raw | ConvertFrom-Json).runs[0].tool.driver.rules.helpUri | ForEach-Object { $_ | Should -BeLike 'https://docs.example.com/airegops/code-scanning.md#*' }

            $env:AIREGOPS_DOCS_BASE_URL = 'https://ghe.example.com/org/airegops/blob/main/docs/'
            try {
                $fromEnvironment = Join-Path $TestDrive 'env.sarif'
                $null = Invoke-ComplianceGate -Path $valid -AsOf 2025-10-20 -SarifPath $fromEnvironment -StateFolder $state -ErrorAction SilentlyContinue
                (Get-Content $fromEnvironment -Raw | ConvertFrom-Json).runs[0].tool.driver.informationUri | Should -Be 'https://ghe.example.com/org/airegops/blob/main/docs/'
            }
            finally { $env:AIREGOPS_DOCS_BASE_URL = $null }
        }

        It '-WhatIf writes no SARIF and no summary but still gives the verdict' {
            $summary = Join-Path $TestDrive 'whatif-summary.md'
            $result = Invoke-ComplianceGate -Path $valid -AsOf 2025-10-20 -SarifPath (Join-Path $TestDrive 'whatif.sarif') -SummaryPath $summary -StateFolder $state -WhatIf -ErrorAction SilentlyContinue
            $result.Passed | Should -BeFalse
            Join-Path $TestDrive 'whatif.sarif' | Should -Not -Exist
            $summary | Should -Not -Exist
        }
    }

    Context 'errors' {
        It 'stops with WaiverFileInvalid naming file, line, column and field; $LASTEXITCODE 2' {
            { Invoke-ComplianceGate -Path $valid -WaiverFile (Join-Path $testData 'waivers-invalid.yml') -StateFolder $state -ErrorAction Stop } |
                Should -Throw -ErrorId 'WaiverFileInvalid,AiRegOps.PowerShell.Cmdlets.InvokeComplianceGateCommand' -ExpectedMessage '*waivers-invalid.yml:5:*waivers`[0`].expires: expected a date as yyyy-MM-dd*'
            $LASTEXITCODE | Should -Be 2
        }

        It 'stops with DocumentationBaseUrlInvalid for a documentation base that is not https; $LASTEXITCODE 2; no credentials echoed' {
            { Invoke-ComplianceGate -Path $valid -StateFolder $state -DocumentationBaseUrl 'http://user:s3cr3t@docs.example.com/' -ErrorAction Stop } |
                Should -Throw -ErrorId 'DocumentationBaseUrlInvalid,AiRegOps.PowerShell.Cmdlets.InvokeComplianceGateCommand' -ExpectedMessage '*-DocumentationBaseUrl*https*'
            $LASTEXITCODE | Should -Be 2
            $env:AIREGOPS_DOCS_BASE_URL = 'docs/'
            try {
                $message = $null
                try { Invoke-ComplianceGate -Path $valid -StateFolder $state -ErrorAction Stop } catch { $message = $_.Exception.Message }
                $message | Should -BeLike '*AIREGOPS_DOCS_BASE_URL*'
                $LASTEXITCODE | Should -Be 2
            }
            finally { $env:AIREGOPS_DOCS_BASE_URL = $null }
            { Invoke-ComplianceGate -Path $valid -StateFolder $state -DocumentationBaseUrl 'https://user:s3cr3t@docs.example.com/' -ErrorAction Stop } |
                Should -Throw -ExpectedMessage '*without user name, password*'
        }

        It 'stops with WaiverFileNotFound for a missing waiver file' {
            { Invoke-ComplianceGate -Path $valid -WaiverFile (Join-Path $testData 'nope.yml') -StateFolder $state -ErrorAction Stop } |
                Should -Throw -ErrorId 'WaiverFileNotFound,AiRegOps.PowerShell.Cmdlets.InvokeComplianceGateCommand' -ExpectedMessage '*-WaiverFile*nope.yml*'
            $LASTEXITCODE | Should -Be 2
        }

        It 'does not judge when a profile is invalid: ProfileInvalid per problem, then a terminating ProfileInvalid; $LASTEXITCODE 2' {
            { Invoke-ComplianceGate -Path $valid, $invalid -StateFolder $state -ErrorAction SilentlyContinue } |
                Should -Throw -ErrorId 'ProfileInvalid,AiRegOps.PowerShell.Cmdlets.InvokeComplianceGateCommand' -ExpectedMessage '*did not run*'
            $LASTEXITCODE | Should -Be 2
        }

        It 'stops with NoServiceProfiles when there is nothing to check' {
            { @() | Invoke-ComplianceGate -StateFolder $state -ErrorAction Stop } |
                Should -Throw -ErrorId 'NoServiceProfiles,AiRegOps.PowerShell.Cmdlets.InvokeComplianceGateCommand'
            $LASTEXITCODE | Should -Be 2
        }

        It 'rejects -AsOf in the wrong format' {
            { Invoke-ComplianceGate -Path $valid -AsOf '2025-13-01' -ErrorAction Stop } |
                Should -Throw -ErrorId 'ParameterArgumentTransformationError,AiRegOps.PowerShell.Cmdlets.InvokeComplianceGateCommand' -ExpectedMessage '*-AsOf: expected a date as yyyy-MM-dd*2025-13-01*'
        }
    }

    Context 'pwsh -c' {
        It 'exits 1 when the gate fails and 2 on bad input' {
            $manifest = Join-Path $AiRegOpsRepoRoot 'AiRegOps.psd1'
            $failed = "Import-Module '$manifest'; Invoke-ComplianceGate -Path '$valid' -AsOf 2025-10-20 -StateFolder '$state' | Out-Null"
            & dotnet pwsh -NoProfile -NonInteractive -c $failed *> $null
            $LASTEXITCODE | Should -Be 1
            $bad = "Import-Module '$manifest'; Invoke-ComplianceGate -Path '$valid' -WaiverFile '$(Join-Path $testData 'waivers-invalid.yml')' -StateFolder '$state'; exit `$LASTEXITCODE"
            & dotnet pwsh -NoProfile -NonInteractive -c $bad *> $null
            $LASTEXITCODE | Should -Be 2
        }
    }
}
