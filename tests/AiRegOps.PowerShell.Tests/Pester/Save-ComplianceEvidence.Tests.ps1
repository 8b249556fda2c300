AfterAll {
    Set-ComplianceStore
}

Describe 'Save-ComplianceEvidence' {
    BeforeEach {
        $root = Join-Path $TestDrive ([guid]::NewGuid())
        $store = Join-Path $root 'evidence'
        Set-ComplianceStore -Path $store
        New-Item -ItemType Directory (Join-Path $root 'in'), (Join-Path $root 'out') | Out-Null
        $source = Join-Path $root 'in' 'report.pdf'
        Set-Content $source 'the assessment report'
        $record = Add-ComplianceEvidence $source -Service s1 -Obligation sa-security-assessment -Period FY2025
        $out = Join-Path $root 'out'
        $blob = Join-Path $store 'blobs' ($record.BlobName -replace '/', [IO.Path]::DirectorySeparatorChar)
    }

    It 'saves a record from the pipeline into a folder under its recorded name' {
        $file = Get-ComplianceEvidence -Service s1 | Save-ComplianceEvidence -Destination $out
        $file | Should -BeOfType [IO.FileInfo]
        $file.FullName | Should -Be (Join-Path $out 'report.pdf')
        (Get-FileHash $file.FullName).Hash | Should -Be (Get-FileHash $source).Hash
    }

    It '-Destination is always a folder: a missing one (nested) is created and the file keeps its name' {
        $target = Join-Path $out 'audit' 'FY2025'
        $file = Save-ComplianceEvidence -Hash $record.Hash.ToString() -Destination $target
        $file.FullName | Should -Be (Join-Path $target ($record.Hash -replace '^sha256:', ''))
        (Get-FileHash $file.FullName).Hash | Should -Be (Get-FileHash $source).Hash
        $named = $record | Save-ComplianceEvidence -Destination (Join-Path $out 'copy.pdf')
        $named.FullName | Should -Be (Join-Path $out 'copy.pdf' 'report.pdf')
    }

    It '-WhatIf creates no folder' {
        $record | Save-ComplianceEvidence -Destination (Join-Path $out 'not-yet') -WhatIf | Out-Null
        Join-Path $out 'not-yet' | Should -Not -Exist
    }

    It 'takes hashes by property name (BlobName) and names the file by hash in a folder' {
        $file = [pscustomobject]@{ BlobName = $record.BlobName } | Save-ComplianceEvidence -Destination $out
        $file.Name | Should -Be ($record.Hash -replace '^sha256:', '')
    }

    It '-WhatIf writes nothing' {
        $record | Save-ComplianceEvidence -Destination $out -WhatIf | Should -BeNullOrEmpty
        Get-ChildItem $out | Should -BeNullOrEmpty
    }

    It 'overwrites with -Force' {
        Set-Content (Join-Path $out 'report.pdf') 'old'
        $record | Save-ComplianceEvidence -Destination $out -Force | Out-Null
        (Get-FileHash (Join-Path $out 'report.pdf')).Hash | Should -Be (Get-FileHash $source).Hash
    }

    Context 'errors' {
        It 'EvidenceIntegrityFailed for changed content, leaving no file behind' {
            Set-ItemProperty $blob -Name IsReadOnly -Value $false -ErrorAction SilentlyContinue
            [IO.File]::WriteAllText($blob, 'tampered content!!!!!')
            $record | Save-ComplianceEvidence -Destination $out -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errs[0].FullyQualifiedErrorId | Should -BeLike 'EvidenceIntegrityFailed*'
            $errs[0].Exception.Message | Should -BeLike "*does not match its hash*"
            Get-ChildItem $out -Force | Should -BeNullOrEmpty
        }

        It 'EvidenceNotFound for a hash that is not stored' {
            $hash = 'sha256:' + ('0' * 64)
            Save-ComplianceEvidence -Hash $hash -Destination $out -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errs[0].FullyQualifiedErrorId | Should -BeLike 'EvidenceNotFound*'
            $errs[0].Exception.Message | Should -BeLike '*is not in the store*'
            Get-ChildItem $out -Force | Should -BeNullOrEmpty
        }

        It 'EvidenceHashInvalid for text that is not a hash' {
            Save-ComplianceEvidence -Hash 'nope' -Destination $out -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errs[0].FullyQualifiedErrorId | Should -BeLike 'EvidenceHashInvalid*'
            $errs[0].Exception.Message | Should -BeLike "*'nope' is not a SHA-256 hash*"
        }

        It 'EvidenceDestinationExists when the name is taken, and leaves the file as it was' {
            Set-Content (Join-Path $out 'report.pdf') 'old'
            $record | Save-ComplianceEvidence -Destination $out -ErrorVariable errs -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
            $errs[0].FullyQualifiedErrorId | Should -BeLike 'EvidenceDestinationExists*'
            $errs[0].Exception.Message | Should -BeLike '*already exists*-Force*'
            Get-Content (Join-Path $out 'report.pdf') | Should -Be 'old'
        }

        It 'EvidenceDestinationExists when two records carry the same name in one run' {
            $other = Join-Path $root 'in' 'sub'
            New-Item -ItemType Directory $other | Out-Null
            Set-Content (Join-Path $other 'report.pdf') 'another report'
            $second = Add-ComplianceEvidence (Join-Path $other 'report.pdf') -Service s1 -Obligation sa-security-assessment -Period FY2026
            $saved = $record, $second | Save-ComplianceEvidence -Destination $out -ErrorVariable errs -ErrorAction SilentlyContinue
            @($saved).Count | Should -Be 1
            $errs[0].FullyQualifiedErrorId | Should -BeLike 'EvidenceDestinationExists*'
        }

        It 'EvidenceDestinationNotFolder when -Destination is a file' {
            $file = Join-Path $out 'a-file.txt'
            Set-Content $file 'x'
            { $record | Save-ComplianceEvidence -Destination $file -ErrorAction Stop } |
                Should -Throw -ErrorId 'EvidenceDestinationNotFolder,AiRegOps.PowerShell.Cmdlets.SaveComplianceEvidenceCommand' -ExpectedMessage '*is a file*'
            Get-Content $file | Should -Be 'x'
        }
    }
}
