AfterAll {
    Set-ComplianceStore
}

Describe 'Test-ComplianceEvidence' {
    BeforeEach {
        $root = Join-Path $TestDrive ([guid]::NewGuid())
        $store = Join-Path $root 'evidence'
        Set-ComplianceStore -Path $store
        New-Item -ItemType Directory (Join-Path $root 'in') | Out-Null
        Set-Content (Join-Path $root 'in' 'a.txt') 'first'
        Set-Content (Join-Path $root 'in' 'b.txt') 'second'
        $records = Get-ChildItem (Join-Path $root 'in') -File | Add-ComplianceEvidence -Service s1 -Obligation sa-security-assessment -Period FY2025
        $blob = Join-Path $store 'blobs' ($records[0].BlobName -replace '/', [IO.Path]::DirectorySeparatorChar)
    }

    It 'reports a valid store' {
        $report = Test-ComplianceEvidence -WarningVariable warnings
        $report.PSTypeNames | Should -Contain 'AiRegOps.Core.Evidence.VerificationReport'
        $report.IsValid | Should -BeTrue
        $report.EntriesChecked | Should -Be 2
        $report.BlobsChecked | Should -Be 2
        $warnings | Should -BeNullOrEmpty
    }

    It 'takes the service by property name from the pipeline' {
        $report = [pscustomobject]@{ Service = 's1' } | Test-ComplianceEvidence
        $report.Services | Should -Be @('s1')
    }

    It 'EvidenceVerificationFailed, a warning per problem and an invalid report for a changed blob' {
        Set-ItemProperty $blob -Name IsReadOnly -Value $false -ErrorAction SilentlyContinue
        [IO.File]::WriteAllText($blob, 'tampered')
        $report = Test-ComplianceEvidence -ErrorVariable errs -ErrorAction SilentlyContinue -WarningVariable warnings -WarningAction SilentlyContinue
        $report.IsValid | Should -BeFalse
        $warnings.Count | Should -Be $report.Problems.Count
        "$warnings" | Should -BeLike '*BlobChanged*'
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'EvidenceVerificationFailed*'
        $errs[0].Exception.Message | Should -BeLike '*failed verification*INVALID*'
    }

    It 'warns about an orphan blob but stays valid' {
        $hash = [Convert]::ToHexString([Security.Cryptography.SHA256]::HashData([Text.Encoding]::UTF8.GetBytes('orphan'))).ToLowerInvariant()
        $orphan = Join-Path $store 'blobs' 'sha256' $hash.Substring(0, 2) $hash
        New-Item -ItemType Directory (Split-Path $orphan) -Force | Out-Null
        [IO.File]::WriteAllText($orphan, 'orphan')
        $report = Test-ComplianceEvidence -WarningVariable warnings -WarningAction SilentlyContinue -ErrorVariable errs
        $report.IsValid | Should -BeTrue
        "$warnings" | Should -BeLike '*OrphanBlob*'
        $errs | Should -BeNullOrEmpty
    }

    It 'EvidenceInvalid for a bad service name' {
        Test-ComplianceEvidence -Service 'a/b' -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $errs[0].FullyQualifiedErrorId | Should -BeLike 'EvidenceInvalid*'
        $errs[0].Exception.Message | Should -BeLike "*'a/b' is not a valid service name*"
    }
}
