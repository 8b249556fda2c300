BeforeAll {
    $profiles = Join-Path $PSScriptRoot 'TestData' 'profiles'
    $valid = Join-Path $profiles 'valid.airegops.yml'
    $invalid = Join-Path $profiles 'invalid' 'two-problems.airegops.yml'
    $examples = Join-Path $AiRegOpsRepoRoot 'examples'
    $exampleFiles = @(Get-ChildItem $examples -Recurse -Filter airegops.yml)
}

Describe 'Import-ServiceProfile' {
    Context 'reading' {
        It 'reads a profile file into a ServiceProfile' {
            $service = Import-ServiceProfile -Path $valid
            $service.PSTypeNames | Should -Contain 'AiRegOps.Core.Profiles.ServiceProfile'
            $service.Name | Should -Be 'test-forum-chat'
            $service.Provider.Name | Should -Be 'Test Provider Ltd'
            $service.Features | Should -Be @('ai-chat', 'text-generation', 'forum')
            $service.LaunchedOn | Should -Be '2025-09-26'
        }

        It 'reads every example profile under a folder' {
            $services = Import-ServiceProfile $examples
            $services.Count | Should -Be $exampleFiles.Count
            $services.Name | Should -Contain 'zhiliao-chat'
        }

        It 'expands wildcards' {
            (Import-ServiceProfile (Join-Path $examples '*' 'airegops.yml')).Count | Should -Be $exampleFiles.Count
        }

        It 'resolves relative paths from the current PowerShell location' {
            Push-Location $profiles
            try { (Import-ServiceProfile ./valid.airegops.yml).Name | Should -Be 'test-forum-chat' }
            finally { Pop-Location }
        }
    }

    Context 'pipeline' {
        It 'takes files from Get-ChildItem by FullName' {
            $services = Get-ChildItem $examples -Recurse -Filter airegops.yml | Import-ServiceProfile
            $services.Count | Should -Be $exampleFiles.Count
        }

        It 'takes path strings from the pipeline' {
            ($valid | Import-ServiceProfile).Name | Should -Be 'test-forum-chat'
        }
    }

    Context 'errors' {
        It 'writes one ProfileInvalid error per problem, as file:line:column: path: message, and no profile' {
            $result = Import-ServiceProfile $invalid -ErrorVariable problems -ErrorAction SilentlyContinue
            $result | Should -BeNullOrEmpty
            $problems.Count | Should -Be 2
            foreach ($problem in $problems) {
                $problem.FullyQualifiedErrorId | Should -Be 'ProfileInvalid,AiRegOps.PowerShell.Cmdlets.ImportServiceProfileCommand'
                $problem.CategoryInfo.Category | Should -Be 'InvalidData'
                $problem.Exception.Message | Should -Match '^.+two-problems\.airegops\.yml:\d+:\d+: spec\..+: .+$'
                $problem.TargetObject.File | Should -BeLike '*two-problems.airegops.yml'
            }
            ($problems.TargetObject.Path | Sort-Object) | Should -Be @('spec.features[1]', 'spec.provider.roles[0]')
            ($problems | Where-Object { $_.TargetObject.Path -eq 'spec.features[1]' }).TargetObject.Line | Should -Be 11
        }

        It 'still returns the valid profiles given with an invalid one' {
            $result = Import-ServiceProfile $valid, $invalid -ErrorVariable problems -ErrorAction SilentlyContinue
            $result.Name | Should -Be 'test-forum-chat'
            $problems.Count | Should -Be 2
        }

        It 'reports a missing path with ProfilePathNotFound' {
            $null = Import-ServiceProfile (Join-Path $profiles 'missing.yml') -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems.Count | Should -Be 1
            $problems[0].FullyQualifiedErrorId | Should -Be 'ProfilePathNotFound,AiRegOps.PowerShell.Cmdlets.ImportServiceProfileCommand'
            $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $problems[0].Exception.Message | Should -BeLike "*missing.yml*does not exist*"
        }

        It 'rejects a path on another provider with ProfilePathNotFileSystem' {
            $null = Import-ServiceProfile Env:PATH -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems[0].FullyQualifiedErrorId | Should -Be 'ProfilePathNotFileSystem,AiRegOps.PowerShell.Cmdlets.ImportServiceProfileCommand'
        }

        It 'stops on the first problem with -ErrorAction Stop' {
            { Import-ServiceProfile $invalid -ErrorAction Stop } |
                Should -Throw -ErrorId 'ProfileInvalid,AiRegOps.PowerShell.Cmdlets.ImportServiceProfileCommand'
        }
    }

    Context 'format' {
        It 'shows name, provider, roles and features' {
            $text = Import-ServiceProfile $valid | Out-String -Width 120
            $text | Should -Match 'Name\s+Provider\s+Roles\s+Features'
            $text | Should -Match 'test-forum-chat\s+Test Provider Ltd\s+ServiceProvider\s+ai-chat, text-generation, forum'
        }
    }
}
