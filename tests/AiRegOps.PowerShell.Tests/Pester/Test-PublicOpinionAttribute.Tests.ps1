BeforeAll {
    $examples = Join-Path $AiRegOpsRepoRoot 'examples'
    $valid = Join-Path $PSScriptRoot 'TestData' 'profiles' 'valid.airegops.yml'
}

Describe 'Test-PublicOpinionAttribute' {
    Context 'profiles' {
        It 'tests a profile from the pipeline and names the service' {
            $result = Import-ServiceProfile $valid | Test-PublicOpinionAttribute
            $result.Service | Should -Be 'test-forum-chat'
            $result.HasPublicOpinionAttributes | Should -BeTrue
            $result.Grounds.Feature | Should -Be @('forum')
        }

        It 'gives one result per profile for the examples, yes for the chat service with comments and live streaming' {
            $services = Import-ServiceProfile $examples
            $results = $services | Test-PublicOpinionAttribute
            $results.Count | Should -Be $services.Count
            $chat = $results | Where-Object Service -eq 'zhiliao-chat'
            $chat.HasPublicOpinionAttributes | Should -BeTrue
            $chat.Grounds.Feature | Should -Contain 'comments'
            $chat.Grounds.Feature | Should -Contain 'live-streaming'
        }

        It 'takes a profile by position' {
            (Test-PublicOpinionAttribute (Import-ServiceProfile $valid)).HasPublicOpinionAttributes | Should -BeTrue
        }
    }

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

    Context 'format' {
        It 'shows the verdict and the grounds' {
            $text = Test-PublicOpinionAttribute -Feature forum | Out-String -Width 120
            $text | Should -Match 'Service\s+PublicOpinion\s+Grounds'
            $text | Should -Match 'True\s+forum \(NamedService, SA2018 Art\. 2\(1\)\)'
        }
    }

    Context 'tab completion' {
        It 'completes feature names' {
            $completion = TabExpansion2 -inputScript 'Test-PublicOpinionAttribute -Feature live-' -cursorColumn 42
            $completion.CompletionMatches.CompletionText | Should -Contain 'live-streaming'
        }
    }
}
