Describe 'Get-AiRegulation' {
    Context 'listing' {
        It 'returns every regulation in the catalogue as Regulation objects' {
            $regulations = Get-AiRegulation
            $regulations.Count | Should -BeGreaterThan 5
            $regulations.Id | Should -Contain 'ARR'
            $regulations.Id | Should -Contain 'GAIM'
            $regulations[0].PSTypeNames | Should -Contain 'AiRegOps.Core.Catalogue.Regulation'
        }

        It 'selects by id, case-insensitively, by position' {
            $regulation = Get-AiRegulation gaim
            $regulation.Id | Should -Be 'GAIM'
            $regulation.EffectiveOn | Should -Be '2023-08-15'
        }

        It 'accepts wildcards' {
            (Get-AiRegulation -Id 'ETHICS*').Id | Should -Contain 'ETHICS'
        }

        It 'returns nothing, without error, for a wildcard that matches nothing' {
            Get-AiRegulation -Id 'NOPE*' -ErrorVariable problems | Should -BeNullOrEmpty
            $problems | Should -BeNullOrEmpty
        }
    }

    Context 'pipeline' {
        It 'takes ids from the pipeline' {
            ('ARR', 'DSP' | Get-AiRegulation).Id | Should -Be @('ARR', 'DSP')
        }

        It 'takes source citations by RegulationId' {
            $sources = (Get-AiObligation -Id arr-algorithm-filing).Sources
            ($sources | Get-AiRegulation).Id | Should -Contain 'ARR'
        }
    }

    Context '-AsOf' {
        It 'adds InForce and StateOn for the date' {
            $gaim = Get-AiRegulation GAIM -AsOf 2023-08-01
            $gaim.InForce | Should -BeFalse
            $gaim.StateOn | Should -Be 'NotYetInForce'
            $gaim.AsOf | Should -Be '2023-08-01'
            (Get-AiRegulation GAIM -AsOf 2023-08-15).InForce | Should -BeTrue
        }

        It 'shows a draft as never in force' {
            (Get-AiRegulation ETHICS-DRAFT -AsOf 2030-01-01).StateOn | Should -Be 'Draft'
        }

        It 'shows a superseded regulation as ended after its successor takes effect' {
            $csl = Get-AiRegulation CSL -AsOf 2026-06-01
            $csl.InForce | Should -BeFalse
            $csl.StateOn | Should -Be 'Ended'
        }

        It 'does not change the shared catalogue objects' {
            $null = Get-AiRegulation GAIM -AsOf 2023-08-01
            (Get-AiRegulation GAIM).PSObject.Properties.Name | Should -Not -Contain 'InForce'
        }
    }

    Context 'errors' {
        It 'reports an unknown id with RegulationNotFound and a suggestion' {
            $result = Get-AiRegulation -Id GAIN, ARR -ErrorVariable problems -ErrorAction SilentlyContinue
            $result.Id | Should -Be @('ARR')
            $problems.Count | Should -Be 1
            $problems[0].FullyQualifiedErrorId | Should -Be 'RegulationNotFound,AiRegOps.PowerShell.Cmdlets.GetAiRegulationCommand'
            $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $problems[0].TargetObject | Should -Be 'GAIN'
            $problems[0].Exception.Message | Should -BeLike "Unknown regulation 'GAIN'. Did you mean 'GAIM'?*"
        }
    }

    Context 'tab completion' {
        It 'completes regulation ids' {
            $completion = TabExpansion2 -inputScript 'Get-AiRegulation -Id GA' -cursorColumn 23
            $completion.CompletionMatches.CompletionText | Should -Contain 'GAIM'
        }
    }

    Context 'format' {
        It 'shows the table view' {
            $text = Get-AiRegulation ARR | Out-String -Width 120
            $text | Should -Match 'Id\s+ShortName\s+EffectiveOn\s+Status'
            $text | Should -Match 'ARR\s+.+2022-03-01\s+InForce'
        }
    }
}
