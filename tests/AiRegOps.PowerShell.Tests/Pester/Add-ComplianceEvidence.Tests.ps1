BeforeAll {
    $chat = Join-Path $AiRegOpsRepoRoot 'examples' 'genai-chat' 'airegops.yml'
}

AfterAll {
    Set-ComplianceStore
}

Describe 'Add-ComplianceEvidence' {
    BeforeEach {
        $store = Join-Path $TestDrive ([guid]::NewGuid()) 'evidence'
        Set-ComplianceStore -Path $store
        $files = Join-Path $TestDrive ([guid]::NewGuid())
        New-Item -ItemType Directory $files | Out-Null
        Set-Content (Join-Path $files 'report.pdf') 'assessment report'
        Set-Content (Join-Path $files 'labels.png') 'labels'
    }

    It 'adds a file and returns the new record' {
        $record = Add-ComplianceEvidence (Join-Path $files 'report.pdf') -Service zhiliao-chat -Obligation sa-security-assessment -Period FY2025 -Deployment v1 -Note 'signed'
        $record.PSTypeNames | Should -Contain 'AiRegOps.Core.Evidence.EvidenceRecord'
        $record.Outcome | Should -Be 'Added'
        $record.Service | Should -Be 'zhiliao-chat'
        $record.ObligationId | Should -Be 'sa-security-assessment'
        $record.Period | Should -Be 'FY2025'
        $record.DeploymentId | Should -Be 'v1'
        $record.Metadata.Note | Should -Be 'signed'
        $record.Metadata.FileName | Should -Be 'report.pdf'
        $record.Metadata.AddedBy | Should -Be ([Environment]::UserName)
        $record.Hash | Should -Be ('sha256:' + (Get-FileHash (Join-Path $files 'report.pdf')).Hash.ToLowerInvariant())
        $store | Should -Exist
    }

    It 'says when the same content was already recorded' {
        $path = Join-Path $files 'report.pdf'
        Add-ComplianceEvidence $path -Service s1 -Obligation sa-security-assessment -Period FY2025 | Out-Null
        $again = Add-ComplianceEvidence $path -Service s1 -Obligation sa-security-assessment -Period FY2025 -AddedBy someone
        $again.Outcome | Should -Be 'AlreadyRecorded'
        @(Get-ComplianceEvidence -Service s1).Count | Should -Be 1
    }

    It 'takes files from the pipeline by FullName' {
        $records = Get-ChildItem $files -File | Add-ComplianceEvidence -Service s1 -Obligation label-explicit-labels -Period continuous -AddedBy ci
        $records.Count | Should -Be 2
        $records.Metadata.FileName | Sort-Object | Should -Be @('labels.png', 'report.pdf')
        $records.Metadata.AddedBy | Select-Object -Unique | Should -Be 'ci'
    }

    It 'takes metadata by property name from the pipeline' {
        $record = [pscustomobject]@{ FullName = (Join-Path $files 'report.pdf'); Service = 's2'; ObligationId = 'sa-security-assessment'; PeriodKey = 'FY2024' } | Add-ComplianceEvidence
        $record.Service | Should -Be 's2'
        $record.Period | Should -Be 'FY2024'
    }

    It 'satisfies the obligation in Get-ComplianceSchedule' {
        $before = Get-ComplianceSchedule -Path $chat -AsOf 2026-04-01 -Status Due, Overdue | Select-Object -First 1
        Add-ComplianceEvidence (Join-Path $files 'report.pdf') -Service $before.Service -Obligation $before.ObligationId -Period $before.PeriodKey | Out-Null
        # Evidence recorded today did not exist on 2026-04-01 (point in time): it counts from today on.
        $after = Get-ComplianceSchedule -Path $chat | Where-Object { $_.ObligationId -eq $before.ObligationId -and $_.PeriodKey -eq $before.PeriodKey }
        $after.Status | Should -Be 'Satisfied'
    }

    It '-WhatIf writes nothing' {
        Add-ComplianceEvidence (Join-Path $files 'report.pdf') -Service s1 -Obligation sa-security-assessment -Period FY2025 -WhatIf | Should -BeNullOrEmpty
        $store | Should -Not -Exist
    }

    Context 'errors' {
        It 'EvidenceFileNotFound for a missing file' {
            Add-ComplianceEvidence (Join-Path $files 'missing.pdf') -Service s1 -Obligation o -Period p -Force -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errs[0].FullyQualifiedErrorId | Should -BeLike 'EvidenceFileNotFound*'
            $errs[0].Exception.Message | Should -BeLike '*missing.pdf*does not exist*'
        }

        It 'EvidenceFileNotFound for a folder' {
            Add-ComplianceEvidence $files -Service s1 -Obligation o -Period p -Force -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errs[0].FullyQualifiedErrorId | Should -BeLike 'EvidenceFileNotFound*'
            $errs[0].Exception.Message | Should -BeLike '*is a folder*'
        }

        It 'EvidenceInvalid for a bad service name, and nothing is written' {
            Add-ComplianceEvidence (Join-Path $files 'report.pdf') -Service 'no spaces/allowed' -Obligation o -Period p -Force -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errs[0].FullyQualifiedErrorId | Should -BeLike 'EvidenceInvalid*'
            $errs[0].Exception.Message | Should -BeLike '*not a valid service name*'
            $store | Should -Not -Exist
        }

        It 'EvidenceInvalid for a note over 4,000 characters' {
            Add-ComplianceEvidence (Join-Path $files 'report.pdf') -Service s1 -Obligation o -Period p -Force -Note ('x' * 4001) -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errs[0].FullyQualifiedErrorId | Should -BeLike 'EvidenceInvalid*'
            $errs[0].Exception.Message | Should -BeLike '*4,000*'
        }
    }
}
