Describe 'Get-AiObligation' {
    Context 'listing and filters' {
        It 'returns every obligation as Obligation objects' {
            $all = Get-AiObligation
            $all.Count | Should -BeGreaterThan 30
            $all[0].PSTypeNames | Should -Contain 'AiRegOps.Core.Catalogue.Obligation'
        }

        It 'selects by id and by seed number' {
            (Get-AiObligation arr-algorithm-filing).SeedRef | Should -Be 'A.1'
            (Get-AiObligation -SeedRef A.1).Id | Should -Be 'arr-algorithm-filing'
            (Get-AiObligation -Id A.1).Id | Should -Be 'arr-algorithm-filing'
        }

        It 'accepts wildcards in -SeedRef' {
            $seedRefs = (Get-AiObligation -SeedRef 'A.*').SeedRef
            $seedRefs | Should -Contain 'A.1'
            $seedRefs | Where-Object { $_ -notlike 'A.*' } | Should -BeNullOrEmpty
        }

        It 'filters by regulation' {
            $gaim = Get-AiObligation -Regulation GAIM
            $gaim | Should -Not -BeNullOrEmpty
            $gaim | ForEach-Object { $_.Sources.RegulationId | Should -Contain 'GAIM' }
        }

        It 'filters by role and phase' {
            $result = Get-AiObligation -Role AppDistributionPlatform -Phase PreLaunch
            $result | Should -Not -BeNullOrEmpty
            $result | ForEach-Object {
                $_.Roles | Should -Contain 'AppDistributionPlatform'
                $_.Phase | Should -Be 'PreLaunch'
            }
        }
    }

    Context '-AsOf' {
        It 'returns only obligations binding on the date, with their BindingState' {
            $result = Get-AiObligation -AsOf 2020-01-01
            $result | Should -Not -BeNullOrEmpty
            $result.Id | Should -Contain 'sa-security-assessment'
            $result.Id | Should -Not -Contain 'arr-algorithm-filing'
            $result | ForEach-Object { $_.BindingState | Should -Be 'Binding' }
        }

        It 'adds upcoming obligations with -IncludeUpcoming' {
            $filing = Get-AiObligation -AsOf 2020-01-01 -IncludeUpcoming | Where-Object Id -eq 'arr-algorithm-filing'
            $filing.BindingState | Should -Be 'NotYetInForce'
        }

        It 'binds a filing once the algorithm provisions are in force' {
            (Get-AiObligation arr-algorithm-filing -AsOf 2022-03-01).BindingState | Should -Be 'Binding'
        }
    }

    Context 'pipeline' {
        It 'takes ids from the pipeline and objects by ObligationId' {
            ('arr-algorithm-filing' | Get-AiObligation).SeedRef | Should -Be 'A.1'
            ([pscustomobject]@{ ObligationId = 'sa-security-assessment' } | Get-AiObligation).SeedRef | Should -Be 'A.2'
        }
    }

    Context 'errors' {
        It 'reports an unknown id with ObligationNotFound and a suggestion' {
            $null = Get-AiObligation -Id arr-algoritm-filing -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems.Count | Should -Be 1
            $problems[0].FullyQualifiedErrorId | Should -Be 'ObligationNotFound,AiRegOps.PowerShell.Cmdlets.GetAiObligationCommand'
            $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $problems[0].Exception.Message | Should -Be "Unknown obligation 'arr-algoritm-filing'. Did you mean 'arr-algorithm-filing'?"
        }

        It 'points to -Regulation when given a regulation id' {
            $null = Get-AiObligation -Id ARR -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems[0].Exception.Message | Should -BeLike "*'ARR' is a regulation. Use Get-AiObligation -Regulation ARR.*"
        }

        It 'reports an unknown regulation with RegulationNotFound' {
            $null = Get-AiObligation -Regulation GAIN -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems[0].FullyQualifiedErrorId | Should -Be 'RegulationNotFound,AiRegOps.PowerShell.Cmdlets.GetAiObligationCommand'
            $problems[0].Exception.Message | Should -BeLike "*Did you mean 'GAIM'?*"
        }

        It 'reports an unknown seed number' {
            $null = Get-AiObligation -SeedRef B.99 -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems[0].FullyQualifiedErrorId | Should -Be 'ObligationNotFound,AiRegOps.PowerShell.Cmdlets.GetAiObligationCommand'
        }

        It 'rejects -IncludeUpcoming without -AsOf' {
            { Get-AiObligation -IncludeUpcoming -ErrorAction Stop } |
                Should -Throw -ErrorId 'IncludeUpcomingNeedsAsOf,AiRegOps.PowerShell.Cmdlets.GetAiObligationCommand'
        }

        It 'rejects an unknown role by name' {
            { Get-AiObligation -Role Operator -ErrorAction Stop } |
                Should -Throw -ErrorId 'CannotConvertArgumentNoMessage,AiRegOps.PowerShell.Cmdlets.GetAiObligationCommand'
        }
    }

    Context 'tab completion' {
        It 'completes obligation ids and seed numbers' {
            (TabExpansion2 -inputScript 'Get-AiObligation -Id arr-algo' -cursorColumn 29).CompletionMatches.CompletionText | Should -Contain 'arr-algorithm-filing'
            (TabExpansion2 -inputScript 'Get-AiObligation -SeedRef B.1' -cursorColumn 29).CompletionMatches.CompletionText | Should -Contain 'B.10'
        }
    }

    Context 'format' {
        It 'shows the table view' {
            $text = Get-AiObligation -SeedRef A.1 | Out-String -Width 120
            $text | Should -Match 'Id\s+SeedRef\s+Phase\s+Title'
            $text | Should -Match 'arr-algorithm-filing\s+A\.1\s+OnEvent\s+Algorithm filing'
        }
    }
}
