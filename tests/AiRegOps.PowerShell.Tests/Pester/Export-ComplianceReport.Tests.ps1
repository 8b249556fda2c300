BeforeAll {
    $valid = Join-Path $PSScriptRoot 'TestData' 'profiles' 'valid.airegops.yml'
    $examples = Join-Path $AiRegOpsRepoRoot 'examples'
}

Describe 'Export-ComplianceReport' {
    BeforeEach {
        $state = Join-Path $TestDrive ([guid]::NewGuid()) 'state'
        $folder = Join-Path $TestDrive ([guid]::NewGuid())
    }

    Context 'formats' {
        It 'writes Markdown for profiles from the pipeline, format from the extension' {
            $file = Import-ServiceProfile $valid | Export-ComplianceReport (Join-Path $folder 'report.md') -AsOf 2025-10-20 -StateFolder $state -PassThru
            $file.Name | Should -Be 'report.md'
            Get-Content $file.FullName -Raw | Should -Match 'test-forum-chat'
            Get-Content $file.FullName -Raw | Should -Match 'arr-algorithm-filing'
        }

        It 'writes an HTML page with a timeline for several services from -Path' {
            $path = Join-Path $folder 'report.html'
            Export-ComplianceReport -Path $examples -OutputPath $path -AsOf 2026-04-01 -StateFolder $state
            $html = Get-Content $path -Raw
            $html | Should -Match '<html'
            $html | Should -Match 'zhiliao-chat'
            $html | Should -Match 'ride-dispatch'
            $html | Should -Not -Match '<script'
        }

        It 'writes CSV with one row per item, readable by Import-Csv' {
            $path = Join-Path $folder 'report.csv'
            Get-ChildItem $examples -Recurse -Filter airegops.yml | Export-ComplianceReport -OutputPath $path -AsOf 2026-04-01 -StateFolder $state
            $rows = Import-Csv $path
            $rows.Count | Should -Be @(Get-ComplianceSchedule -Path $examples -AsOf 2026-04-01 -StateFolder $state).Count
        }

        It 'uses -Format over the extension and adds not-applicable items with -IncludeNotApplicable' {
            $path = Join-Path $folder 'report.txt'
            Export-ComplianceReport -Path $valid -OutputPath $path -Format Csv -AsOf 2025-10-20 -IncludeNotApplicable -StateFolder $state
            (Import-Csv $path).Count | Should -Be @(Get-ComplianceSchedule -Path $valid -AsOf 2025-10-20 -IncludeNotApplicable -StateFolder $state).Count
        }
    }

    Context '-WhatIf' {
        It 'writes nothing' {
            $path = Join-Path $folder 'report.html'
            Export-ComplianceReport -Path $valid -OutputPath $path -StateFolder $state -WhatIf
            $path | Should -Not -Exist
            $folder | Should -Not -Exist
        }
    }

    Context 'errors' {
        It 'stops with ReportFormatUnknown for an unknown extension without -Format' {
            { Export-ComplianceReport -Path $valid -OutputPath (Join-Path $folder 'report.pdf') -StateFolder $state -ErrorAction Stop } |
                Should -Throw -ErrorId 'ReportFormatUnknown,AiRegOps.PowerShell.Cmdlets.ExportComplianceReportCommand' -ExpectedMessage '-OutputPath: expected a file ending in .md, .html, .csv or .json*report.pdf*'
            $folder | Should -Not -Exist
        }

        It 'stops with OutputPathInvalid when -OutputPath is a folder' {
            New-Item -ItemType Directory (Join-Path $folder 'x.md') -Force | Out-Null
            { Export-ComplianceReport -Path $valid -OutputPath (Join-Path $folder 'x.md') -StateFolder $state -ErrorAction Stop } |
                Should -Throw -ErrorId 'OutputPathInvalid,AiRegOps.PowerShell.Cmdlets.ExportComplianceReportCommand'
        }

        It 'reports a missing profile path and still writes the others' {
            $path = Join-Path $folder 'report.md'
            Export-ComplianceReport -Path (Join-Path $folder 'nope.yml'), $valid -OutputPath $path -StateFolder $state -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems[0].FullyQualifiedErrorId | Should -Be 'ProfilePathNotFound,AiRegOps.PowerShell.Cmdlets.ExportComplianceReportCommand'
            $path | Should -Exist
        }

        It 'rejects -AsOf in the wrong format' {
            { Export-ComplianceReport -Path $valid -OutputPath (Join-Path $folder 'r.md') -AsOf 'yesterday' -ErrorAction Stop } |
                Should -Throw -ErrorId 'ParameterArgumentTransformationError,AiRegOps.PowerShell.Cmdlets.ExportComplianceReportCommand' -ExpectedMessage '*-AsOf: expected a date as yyyy-MM-dd*yesterday*'
        }
    }
}
