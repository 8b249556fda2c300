# Every example in the cmdlet help runs, without errors, in a folder laid out as the examples assume:
# ./airegops.yml (the chat example), ./services (the repository's examples), ./events.csv and ./2027.json,
# ./filings.csv, ./waivers.yml (the GitHub Actions example's), ./dist/index.html (a page showing a filing number),
# ./assessment-2025.pdf, ./release-evidence/ and ./audit/ (evidence examples).
# The state folder is the sandbox's own ./.airegops/state.
BeforeDiscovery {
    $cmdlets = (Import-PowerShellDataFile (Join-Path $AiRegOpsRepoRoot 'AiRegOps.psd1')).CmdletsToExport
    $helpExamples = foreach ($cmdlet in $cmdlets) {
        $number = 0
        foreach ($example in (Get-Help $cmdlet -Full).examples.example) {
            $number++
            @{ Cmdlet = $cmdlet; Number = $number; Code = $example.code }
        }
    }
}

BeforeAll {
    $examples = Join-Path $AiRegOpsRepoRoot 'examples'
    $sandbox = Join-Path $TestDrive 'sandbox'
    New-Item -ItemType Directory $sandbox | Out-Null
    Copy-Item (Join-Path $examples 'genai-chat' 'airegops.yml') (Join-Path $sandbox 'airegops.yml')
    New-Item -ItemType Directory (Join-Path $sandbox 'services') | Out-Null
    # The chat service sits at the root; the other examples below services/ (one file per service name).
    Get-ChildItem $examples -Directory | Where-Object Name -NE 'genai-chat' | Copy-Item -Destination (Join-Path $sandbox 'services') -Recurse
    Copy-Item (Join-Path $PSScriptRoot 'TestData' 'holidays-2027.json') (Join-Path $sandbox '2027.json')
    @(
        [pscustomobject]@{ Start = '2025-09-26'; WorkingDays = 10 }
        [pscustomobject]@{ Start = '2025-09-26'; WorkingDays = 1 }
    ) | Export-Csv (Join-Path $sandbox 'events.csv')
    @(
        [pscustomobject]@{ Service = 'zhiliao-chat'; Number = '网信算备110108823483901230031号'; FiledOn = '2025-10-15'; Kind = 'New' }
    ) | Export-Csv (Join-Path $sandbox 'filings.csv')
    Copy-Item (Join-Path $examples 'github-actions' '.github' 'airegops' 'waivers.yml') (Join-Path $sandbox 'waivers.yml')
    New-Item -ItemType Directory (Join-Path $sandbox 'dist') | Out-Null
    Copy-Item (Join-Path $PSScriptRoot 'TestData' 'pages' 'filed.html') (Join-Path $sandbox 'dist' 'index.html')
    # The evidence examples: a report to add, a release folder, an audit folder to save into. No token: reminders dry-run.
    Set-Content (Join-Path $sandbox 'assessment-2025.pdf') 'security assessment report'
    New-Item -ItemType Directory (Join-Path $sandbox 'release-evidence'), (Join-Path $sandbox 'audit') | Out-Null
    Set-Content (Join-Path $sandbox 'release-evidence' 'labels.png') 'label screenshot'
    Set-Content (Join-Path $sandbox 'release-evidence' 'metadata.json') '{}'
    # Label examples: exported files, a generated and a published folder, a page to label.
    New-Item -ItemType Directory (Join-Path $sandbox 'exports'), (Join-Path $sandbox 'out'), (Join-Path $sandbox 'generated'), (Join-Path $sandbox 'published') | Out-Null
    $aigc = '{"Label":"1","ContentProducer":"001191440300708461136T1XGW3","ProduceID":"p-1","ReservedCode1":"","ContentPropagator":"","PropagateID":"","ReservedCode2":""}'
    foreach ($dir in 'exports', 'generated', 'published') { Set-Content (Join-Path $sandbox $dir 'page.md') "---`nAIGC: '$aigc'`n---`n# page" }
    Set-Content (Join-Path $sandbox 'report.md') '# report'
    $env:AIREGOPS_STATE = $null
    $env:GITHUB_TOKEN = $null
}

Describe 'Help examples' {
    It 'has examples for every cmdlet' {
        $helpExamples.Count | Should -BeGreaterOrEqual (2 * $cmdlets.Count)
    }

    It '<Cmdlet> example <Number> runs without errors' -ForEach $helpExamples {
        Push-Location $sandbox
        try {
            # Any error, terminating or not, fails the example.
            $example = [scriptblock]::Create($Code)
            { & { $ErrorActionPreference = 'Stop'; $null = . $example } } | Should -Not -Throw
        }
        finally {
            Pop-Location
        }
    }
}

Describe 'Example profiles' {
    It 'all import and schedule without errors' {
        $services = Import-ServiceProfile $examples -ErrorAction Stop
        $services | Should -Not -BeNullOrEmpty
        $items = $services | Get-ComplianceSchedule -AsOf 2026-04-01 -ErrorAction Stop
        ($items.Service | Select-Object -Unique).Count | Should -Be $services.Count
    }
}
