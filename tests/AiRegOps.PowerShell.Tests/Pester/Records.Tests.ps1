# The record store (issue 9): records go where Set-ComplianceStore points, are listed, revoked without deletion, and
# the schedule stops counting what was revoked.
BeforeAll {
    $valid = Join-Path $PSScriptRoot 'TestData' 'profiles' 'valid.airegops.yml'
    $number = '网信算备110108823483901230031号'
    function Get-FilingStatus([string] $State) {
        $arguments = @{ Path = $valid; AsOf = '2025-10-20' }
        if ($State) { $arguments.StateFolder = $State }
        (Get-ComplianceSchedule @arguments | Where-Object ObligationId -eq 'arr-algorithm-filing').Status
    }
}

Describe 'The record store' {
    BeforeEach {
        $state = Join-Path $TestDrive ([guid]::NewGuid()) 'records'
    }

    AfterEach {
        Set-ComplianceStore
    }

    It 'follows Set-ComplianceStore: one call chooses where evidence and records go' {
        $store = Join-Path $TestDrive ([guid]::NewGuid()) 'store'
        Set-ComplianceStore -Path $store
        Register-AlgorithmFiling -Service test-forum-chat -FilingNumber $number -FiledOn 2025-10-15 | Out-Null
        Join-Path $store 'ledger' 'test-forum-chat.jsonl' | Should -Exist
        Get-FilingStatus | Should -Be 'Satisfied'
        (Get-ComplianceRecord).Filing.Number | Should -Be $number
        (Test-ComplianceEvidence).IsValid | Should -BeTrue
    }

    It 'revokes a record without deleting it: verification passes and the schedule stops counting it' {
        Register-AlgorithmFiling -Service test-forum-chat -FilingNumber $number -FiledOn 2025-10-15 -StateFolder $state | Out-Null
        Get-FilingStatus $state | Should -Be 'Satisfied'
        $lines = @(Get-Content (Join-Path $state 'ledger' 'test-forum-chat.jsonl'))

        $revoked = Get-ComplianceRecord -Service test-forum-chat -StateFolder $state | Revoke-ComplianceRecord -Reason 'number of another service' -RevokedBy auditor -StateFolder $state -Confirm:$false

        $revoked.Revoked | Should -BeTrue
        $revoked.RevokedBy | Should -Be 'auditor'
        $revoked.RevocationReason | Should -Be 'number of another service'
        $after = @(Get-Content (Join-Path $state 'ledger' 'test-forum-chat.jsonl'))
        $after.Count | Should -Be ($lines.Count + 1)
        $after[0] | Should -Be $lines[0]
        Get-FilingStatus $state | Should -Be 'Overdue'
        Get-ComplianceRecord -StateFolder $state | Should -BeNullOrEmpty
        @(Get-ComplianceRecord -StateFolder $state -IncludeRevoked).Count | Should -Be 1
        Set-ComplianceStore -Path $state
        (Test-ComplianceEvidence).IsValid | Should -BeTrue
    }

    It 'revokes a registration of the whole unit piped from Get-ComplianceRecord' {
        Register-EthicsReview -Committee 'AI Ethics Committee' -EstablishedOn 2024-12-31 -AsOf 2025-01-10 -StateFolder $state | Out-Null
        $record = Get-ComplianceRecord -StateFolder $state
        $record.Service | Should -BeNullOrEmpty
        $record | Revoke-ComplianceRecord -Reason 'set up under another name' -StateFolder $state -Confirm:$false | Out-Null
        (Get-ComplianceRecord -StateFolder $state -IncludeRevoked).Revoked | Should -BeTrue
    }

    It 'writes nothing with -WhatIf, and an unknown hash is RecordNotFound' {
        Register-AlgorithmFiling -Service test-forum-chat -FilingNumber $number -FiledOn 2025-10-15 -StateFolder $state | Out-Null
        Get-ComplianceRecord -StateFolder $state | Revoke-ComplianceRecord -Reason 'x' -StateFolder $state -WhatIf
        (Get-ComplianceRecord -StateFolder $state).Revoked | Should -BeFalse
        $null = Revoke-ComplianceRecord -Service test-forum-chat -Hash ('0' * 64) -Reason 'x' -StateFolder $state -Confirm:$false -ErrorVariable problems -ErrorAction SilentlyContinue
        $problems[0].FullyQualifiedErrorId | Should -Be 'RecordNotFound,AiRegOps.PowerShell.Cmdlets.RevokeComplianceRecordCommand'
        $null = Revoke-ComplianceRecord -Service test-forum-chat -Hash 'nope' -Reason 'x' -StateFolder $state -Confirm:$false -ErrorVariable bad -ErrorAction SilentlyContinue
        $bad[0].FullyQualifiedErrorId | Should -Be 'RevocationInvalid,AiRegOps.PowerShell.Cmdlets.RevokeComplianceRecordCommand'
    }

    It 'shows records in 80 columns and as JSON' {
        Register-AlgorithmFiling -Service test-forum-chat -FilingNumber $number -FiledOn 2025-10-15 -StateFolder $state | Out-Null
        Register-EthicsReview -Committee 'AI 伦理委员会' -EstablishedOn 2024-12-31 -StateFolder $state | Out-Null
        $table = Get-ComplianceRecord -StateFolder $state | Format-Table | Out-String -Width 80
        $table | Should -Match 'Service\s+Date\s+Summary\s+Revoked\s+Hash'
        $table | Should -Match '\(unit\)\s+2024-12-31'
        $table | Should -Match 'test-forum-chat\s+2025-10-15\s+new filing'
        $json = Get-ComplianceRecord -StateFolder $state | ConvertTo-Json -Depth 3 | ConvertFrom-Json
        $json.Count | Should -Be 2
        ($json | Where-Object Ledger -eq 'test-forum-chat').Summary | Should -BeLike "new filing $number"
    }
}
