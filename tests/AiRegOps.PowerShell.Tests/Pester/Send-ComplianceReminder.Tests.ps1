BeforeAll {
    $chat = Join-Path $AiRegOpsRepoRoot 'examples' 'genai-chat' 'airegops.yml'
    $savedToken = $env:GITHUB_TOKEN
    $env:GITHUB_TOKEN = $null
    Set-ComplianceStore -Path (Join-Path $TestDrive 'evidence')
    $state = Join-Path $TestDrive 'state'
}

AfterAll {
    $env:GITHUB_TOKEN = $savedToken
    Set-ComplianceStore
}

Describe 'Send-ComplianceReminder' {
    It 'dry-runs without a token and outputs the planned actions for the genai-chat example' {
        $changes = Send-ComplianceReminder -Path $chat -Repository octo-org/chat-service -AsOf 2026-04-01 -StateFolder $state -Verbose 4>&1
        $verbose = $changes | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
        $planned = $changes | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }
        $planned | Should -Not -BeNullOrEmpty
        $planned[0].PSTypeNames | Should -Contain 'AiRegOps.Core.Reminders.ReminderChange'
        $planned.Action | Select-Object -Unique | Should -Be 'Open'
        $planned.Repository | Select-Object -Unique | Should -Be 'octo-org/chat-service'
        $planned.DryRun | Select-Object -Unique | Should -BeTrue
        $planned.Key | ForEach-Object { "$_" } | Should -BeLike 'zhiliao-chat/*'
        "$verbose" | Should -BeLike '*dry run*'
        "$verbose" | Should -BeLike '*would open*'
    }

    It 'takes profiles from the pipeline' {
        $changes = Import-ServiceProfile $chat | Send-ComplianceReminder -Repository octo-org/chat-service -AsOf 2026-04-01 -StateFolder $state
        $changes | Should -Not -BeNullOrEmpty
    }

    It 'takes profile files from the pipeline by FullName' {
        $changes = Get-Item $chat | Send-ComplianceReminder -Repository octo-org/chat-service -AsOf 2026-04-01 -StateFolder $state
        $changes | Should -Not -BeNullOrEmpty
    }

    It 'leaves out what the evidence store shows is done' {
        $first = Send-ComplianceReminder -Path $chat -Repository o/r -AsOf 2026-04-01 -StateFolder $state | Select-Object -First 1
        $service, $obligation, $period = "$($first.Key)" -split '/', 3
        Set-Content (Join-Path $TestDrive 'done.txt') 'done'
        Add-ComplianceEvidence (Join-Path $TestDrive 'done.txt') -Service $service -Obligation $obligation -Period $period | Out-Null
        # Evidence recorded today did not exist on 2026-04-01 (point in time): it counts from today on.
        $after = Send-ComplianceReminder -Path $chat -Repository o/r -StateFolder $state
        $after.Key | ForEach-Object { "$_" } | Should -Not -Contain "$($first.Key)"
    }

    It '-WhatIf writes nothing and outputs the plan' {
        $changes = Send-ComplianceReminder -Path $chat -Repository octo-org/chat-service -AsOf 2026-04-01 -StateFolder $state -WhatIf
        $changes | Should -Not -BeNullOrEmpty
        $changes.DryRun | Select-Object -Unique | Should -BeTrue
    }

    Context 'errors' {
        It 'RepositoryInvalid for a repository that is not owner/name' {
            $err = { Send-ComplianceReminder -Path $chat -Repository not-a-repo } | Should -Throw -PassThru
            $err.FullyQualifiedErrorId | Should -BeLike 'RepositoryInvalid*'
            $err.Exception.Message | Should -BeLike "*'not-a-repo' is not a repository; expected 'owner/name'*"
        }

        # With a token even -WhatIf lists the repository's issues, so an unreachable server fails the same way; the
        # error must not carry the token.
        It 'ReminderSendFailed when GitHub cannot be reached, without the token' {
            $token = 'ghp_AnotherSecretThatStaysHidden0987654321'
            $err = { Send-ComplianceReminder -Path $chat -Repository o/r -AsOf 2026-04-01 -StateFolder $state -Token (ConvertTo-SecureString $token -AsPlainText -Force) -BaseUrl http://127.0.0.1:1/ -WhatIf } | Should -Throw -PassThru
            $err.FullyQualifiedErrorId | Should -BeLike 'ReminderSendFailed*'
            $err.Exception.Message | Should -BeLike 'Could not send the reminders to o/r*'
            ($err | Out-String) + $err.Exception.ToString() | Should -Not -Match $token
        }
    }
}
