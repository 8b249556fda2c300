Describe 'Test-PublicOpinionAttribute' {
    Context '-Feature' {
        It 'finds public-opinion attributes for a forum, citing SA2018 Art. 2' {
            $result = Test-PublicOpinionAttribute -Feature forum, ai-chat
            $result.PSTypeNames | Should -Contain 'AiRegOps.Core.Attributes.PublicOpinionResult'
            $result.HasPublicOpinionAttributes | Should -BeTrue
            $result.Grounds.Feature | Should -Be @('forum')
            $result.Grounds[0].Basis | Should -Be 'NamedService'
            $result.Grounds[0].Article.RegulationId | Should -Be 'SA2018'
        }

        It 'finds none for a one-to-one assistant' {
            $result = Test-PublicOpinionAttribute -Feature ai-chat, text-generation
            $result.HasPublicOpinionAttributes | Should -BeFalse
            $result.Grounds | Should -BeNullOrEmpty
        }

        It 'counts a mobilisation capability' {
            (Test-PublicOpinionAttribute -Feature crowdfunding).Grounds[0].Basis | Should -Be 'Mobilisation'
        }
    }

    Context 'errors' {
        It 'names an unknown feature and suggests the closest one' {
            $result = Test-PublicOpinionAttribute -Feature forom -ErrorVariable problems -ErrorAction SilentlyContinue
            $result | Should -BeNullOrEmpty
            $problems.Count | Should -Be 1
            $problems[0].FullyQualifiedErrorId | Should -Be 'UnknownFeature,AiRegOps.PowerShell.Cmdlets.TestPublicOpinionAttributeCommand'
            $problems[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $problems[0].TargetObject | Should -Be 'forom'
            $problems[0].Exception.Message | Should -BeLike "*Unknown feature 'forom'*Did you mean 'forum'*"
        }

        It 'reports every unknown feature, not only the first' {
            $null = Test-PublicOpinionAttribute -Feature forom, ai-chat, blgo -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems.TargetObject | Should -Be @('forom', 'blgo')
        }
    }

    Context 'tab completion' {
        It 'completes feature names' {
            $completion = TabExpansion2 -inputScript 'Test-PublicOpinionAttribute -Feature live-' -cursorColumn 42
            $completion.CompletionMatches.CompletionText | Should -Contain 'live-streaming'
        }
    }
}
