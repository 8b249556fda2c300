# The gate must fail closed: every way it can be stopped before a verdict leaves $LASTEXITCODE at 2, in the hosted
# session, from `pwsh -c` (non-zero exit) and as the example workflow step (`Invoke-ComplianceGate …; exit $LASTEXITCODE`).
BeforeDiscovery {
    # Each case: a name, the gate's arguments (built in BeforeAll from the files below) and the error id expected.
    $script:cases = @(
        @{ Name = 'YAML syntax error (unclosed [ before more keys)'; Key = 'yaml'; ErrorId = 'ProfileInvalid' }
        @{ Name = 'invalid profile (unknown feature)'; Key = 'profile'; ErrorId = 'ProfileInvalid' }
        @{ Name = 'unreadable profile (not UTF-8)'; Key = 'unreadable'; ErrorId = 'ProfileInvalid' }
        @{ Name = 'profile path not found'; Key = 'missing'; ErrorId = 'ProfilePathNotFound' }
        @{ Name = 'folder without profiles'; Key = 'empty'; ErrorId = 'ProfileInvalid' }
        @{ Name = 'waiver file missing'; Key = 'waiverMissing'; ErrorId = 'WaiverFileNotFound' }
        @{ Name = 'waiver file YAML syntax error'; Key = 'waiverYaml'; ErrorId = 'WaiverFileInvalid' }
        @{ Name = 'waiver file bad expiry'; Key = 'waiverInvalid'; ErrorId = 'WaiverFileInvalid' }
        @{ Name = 'record ledger damaged'; Key = 'state'; ErrorId = 'ComplianceStoreFailed' }
        @{ Name = 'bad -AsOf'; Key = 'asOf'; ErrorId = 'ParameterArgumentTransformationError' }
        @{ Name = 'empty -WaiverFile (unset variable)'; Key = 'emptyWaiver'; ErrorId = 'ParameterArgumentValidationError' }
        @{ Name = 'SARIF cannot be written'; Key = 'sarif'; ErrorId = 'ComplianceGateOutputsIncomplete' }
    )
}

BeforeAll {
    $testData = Join-Path $PSScriptRoot 'TestData'
    $valid = Join-Path $testData 'profiles' 'valid.airegops.yml'
    $manifest = Join-Path $AiRegOpsRepoRoot 'AiRegOps.psd1'
    $root = Join-Path $TestDrive 'failclosed'
    $goodState = Join-Path $root 'state-good'

    function New-File([string] $relative, [string] $text) {
        $path = Join-Path $root $relative
        New-Item -ItemType Directory -Force -Path (Split-Path $path) | Out-Null
        [IO.File]::WriteAllText($path, $text)
        $path
    }

    $validText = Get-Content $valid -Raw
    $yaml = New-File 'yaml/airegops.yml' ($validText -replace 'features: \[', 'features: [oops, ' -replace '(features: \[[^\]\n]*)\]', '$1')
    $profile = New-File 'profile/airegops.yml' ($validText -replace 'features: \[', 'features: [livestreaming, ')
    $unreadable = Join-Path $root 'unreadable' 'airegops.yml'
    New-Item -ItemType Directory -Force -Path (Split-Path $unreadable) | Out-Null
    [IO.File]::WriteAllBytes($unreadable, [byte[]](0x61, 0x3A, 0x20, 0xFF, 0xFE, 0x0A))
    $empty = Join-Path $root 'empty'
    New-Item -ItemType Directory -Force -Path $empty | Out-Null
    $waiverYaml = New-File 'waivers-syntax.yml' "waivers:`n  - service: [test-forum-chat`n    obligation: arr-algorithm-filing`n    reason: r`n    expires: 2099-01-01`n"
    $badState = Join-Path $root 'state-bad'
    New-Item -ItemType Directory -Force -Path (Join-Path $badState 'ledger') | Out-Null
    Set-Content -Path (Join-Path $badState 'ledger' 'test-forum-chat.jsonl') -Value '{ not json'
    $sarifBlocker = New-File 'blocker' 'a file where a folder is needed'

    $arguments = @{
        yaml          = "-Path '$yaml' -StateFolder '$goodState'"
        profile       = "-Path '$profile' -StateFolder '$goodState'"
        unreadable    = "-Path '$unreadable' -StateFolder '$goodState'"
        missing       = "-Path '$(Join-Path $root 'no-such-folder')' -StateFolder '$goodState'"
        empty         = "-Path '$empty' -StateFolder '$goodState'"
        waiverMissing = "-Path '$valid' -WaiverFile '$(Join-Path $root 'nope.yml')' -StateFolder '$goodState'"
        waiverYaml    = "-Path '$valid' -WaiverFile '$waiverYaml' -StateFolder '$goodState'"
        waiverInvalid = "-Path '$valid' -WaiverFile '$(Join-Path $testData 'waivers-invalid.yml')' -StateFolder '$goodState'"
        state         = "-Path '$valid' -StateFolder '$badState'"
        asOf          = "-Path '$valid' -AsOf 2025-13-01 -StateFolder '$goodState'"
        emptyWaiver   = "-Path '$valid' -WaiverFile `$env:AIREGOPS_NO_SUCH_VARIABLE -StateFolder '$goodState'"
        sarif         = "-Path '$valid' -AsOf 2025-10-20 -SarifPath '$(Join-Path $sarifBlocker 'gate.sarif')' -StateFolder '$goodState'"
    }

    function Invoke-Pwsh([string] $command) {
        & dotnet pwsh -NoProfile -NonInteractive -c $command *> $null
        $LASTEXITCODE
    }
}

Describe 'Invoke-ComplianceGate fails closed' {
    It 'in the session: <Name> sets $LASTEXITCODE 2 and writes <ErrorId>' -ForEach $cases {
        $global:LASTEXITCODE = 0
        $errors = $null
        try {
            Invoke-Expression "Invoke-ComplianceGate $($arguments[$Key]) -ErrorVariable +errors -ErrorAction SilentlyContinue" | Out-Null
        }
        catch {
            $errors = @($errors) + $_
        }

        $LASTEXITCODE | Should -Be 2
        @($errors | ForEach-Object { ($_.FullyQualifiedErrorId -split ',')[0] }) | Should -Contain $ErrorId
        $messages = @($errors | ForEach-Object { $_.Exception.Message }) -join "`n"
        $messages | Should -Not -Match '\s+at AiRegOps\.|Operation is not valid due to the current state'
    }

    It 'as the workflow step (Invoke-ComplianceGate …; exit $LASTEXITCODE): <Name> exits 2' -ForEach $cases {
        Invoke-Pwsh "`$ErrorActionPreference = 'Continue'; Import-Module '$manifest'; Invoke-ComplianceGate $($arguments[$Key]); exit `$LASTEXITCODE" | Should -Be 2
    }

    # A process per case is slow; four classes show that the bare form cannot exit 0 either.
    It 'from pwsh -c without an explicit exit: <Name> exits non-zero' -ForEach ($cases | Where-Object Key -in 'yaml', 'waiverYaml', 'asOf', 'sarif') {
        Invoke-Pwsh "Import-Module '$manifest'; Invoke-ComplianceGate $($arguments[$Key])" | Should -Not -Be 0
    }

    It 'names file, line and column for a YAML syntax error in a profile and in a waiver file' {
        try { $null = Invoke-Expression "Invoke-ComplianceGate $($arguments.yaml) -ErrorVariable profileErrors -ErrorAction SilentlyContinue" } catch { }
        "$profileErrors" | Should -BeLike '*yaml*airegops.yml:16:*: (document): YAML syntax error: the flow list ''`['' opened here is never closed*'
        { Invoke-Expression "Invoke-ComplianceGate $($arguments.waiverYaml) -ErrorAction Stop" } |
            Should -Throw -ExpectedMessage '*waivers-syntax.yml:2:14: YAML syntax error: the flow list ''`['' opened here is never closed*'
    }

    It 'a passing gate still sets 0, so the fail-closed default is not sticky' {
        $global:LASTEXITCODE = 2
        $first = Invoke-ComplianceGate -Path $valid -AsOf 2025-10-20 -StateFolder $goodState -ErrorAction SilentlyContinue
        $waivers = Join-Path $root 'all.yml'
        $lines = @('waivers:')
        foreach ($v in $first.Violations) {
            $lines += "  - service: $($v.Service)", "    obligation: $($v.Obligation)", '    reason: accepted for the test', '    expires: 2099-12-31'
        }
        Set-Content -Path $waivers -Value $lines
        $null = Invoke-ComplianceGate -Path $valid -AsOf 2025-10-20 -WaiverFile $waivers -StateFolder $goodState
        $LASTEXITCODE | Should -Be 0
    }
}
