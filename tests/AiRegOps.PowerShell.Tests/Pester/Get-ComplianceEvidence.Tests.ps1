BeforeAll {
    $key = 'R2V0RXZpZGVuY2VTZWNyZXRLZXlGb3JUZXN0czEyMzQ1Njc4OTA='
    $connection = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;TableEndpoint=http://127.0.0.1:1/devstoreaccount1"
    Set-ComplianceStore -Path (Join-Path $TestDrive 'evidence')
    $files = Join-Path $TestDrive 'files'
    New-Item -ItemType Directory $files | Out-Null
    Set-Content (Join-Path $files 'a.txt') 'a'
    Set-Content (Join-Path $files 'b.txt') 'b'
    Add-ComplianceEvidence (Join-Path $files 'a.txt') -Service s1 -Obligation sa-security-assessment -Period FY2025 -Deployment v1 | Out-Null
    Add-ComplianceEvidence (Join-Path $files 'b.txt') -Service s1 -Obligation label-explicit-labels -Period continuous -Deployment v2 | Out-Null
    Add-ComplianceEvidence (Join-Path $files 'a.txt') -Service s2 -Obligation sa-security-assessment -Period FY2024 -Force | Out-Null
}

AfterAll {
    Set-ComplianceStore
}

Describe 'Get-ComplianceEvidence' {
    It 'lists everything by service then sequence' {
        $all = Get-ComplianceEvidence
        $all.Count | Should -Be 3
        $all.Service | Should -Be @('s1', 's1', 's2')
        $all[0].Sequence | Should -Be 1
        $all[0].PSTypeNames | Should -Contain 'AiRegOps.Core.Evidence.EvidenceRecord'
        $all.Outcome | Should -Be @('Recorded', 'Recorded', 'Recorded') -Because 'a listed record was read from the ledger, not added by this command'
    }

    It 'filters by service, obligation, period and deployment' {
        @(Get-ComplianceEvidence -Service s1).Count | Should -Be 2
        @(Get-ComplianceEvidence -Obligation SA-SECURITY-ASSESSMENT).Count | Should -Be 2
        (Get-ComplianceEvidence -Period FY2024).Service | Should -Be 's2'
        (Get-ComplianceEvidence -Deployment v2).ObligationId | Should -Be 'label-explicit-labels'
        Get-ComplianceEvidence -Service s1 -Period FY2024 | Should -BeNullOrEmpty
    }

    It 'takes filters by property name from the pipeline (schedule items)' {
        $found = [pscustomobject]@{ Service = 's1'; ObligationId = 'sa-security-assessment'; PeriodKey = 'FY2025' } | Get-ComplianceEvidence
        $found.DeploymentId | Should -Be 'v1'
    }

    It 'returns nothing from an empty store' {
        Set-ComplianceStore -Path (Join-Path $TestDrive 'empty')
        try {
            Get-ComplianceEvidence | Should -BeNullOrEmpty
        }
        finally {
            Set-ComplianceStore -Path (Join-Path $TestDrive 'evidence')
        }
    }

    Context 'errors' {
        It 'EvidenceInvalid for a bad service name' {
            Get-ComplianceEvidence -Service 'a b' -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errs[0].FullyQualifiedErrorId | Should -BeLike 'EvidenceInvalid*'
            $errs[0].Exception.Message | Should -BeLike "*'a b' is not a valid service name*"
        }

        It 'EvidenceReadFailed when the Azure store cannot be reached, without the key' {
            Set-ComplianceStore -ConnectionString $connection
            try {
                Get-ComplianceEvidence -Service s1 -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
                $errs[0].FullyQualifiedErrorId | Should -BeLike 'EvidenceReadFailed*'
                $errs[0].Exception.Message | Should -BeLike 'Could not read the evidence ledger*'
                ($errs | Out-String) + $errs[0].Exception.ToString() | Should -Not -Match ([regex]::Escape($key))
            }
            finally {
                Set-ComplianceStore -Path (Join-Path $TestDrive 'evidence')
            }
        }
    }
}
