BeforeAll {
    $pages = Join-Path $PSScriptRoot 'TestData' 'pages'
    $filed = Join-Path $pages 'filed.html'
    $unfiled = Join-Path $pages 'unfiled.html'
    $number = '网信算备110108823483901230031号'
}

Describe 'Test-FilingDisplay' {
    Context 'local pages' {
        It 'finds the number and the link to the public filing information, with line and column' {
            $result = Test-FilingDisplay -Uri $filed -FilingNumber $number
            $result.PSTypeNames | Should -Contain 'AiRegOps.Core.Filings.FilingDisplayResult'
            $result.Passed | Should -BeTrue
            $result.NumberFound[0].Line | Should -Be 8
            $result.NumberFound[0].Href | Should -BeLike 'https://beian.cac.gov.cn/*'
            $result.PublicInfoLinks | Should -Not -BeNullOrEmpty
            $result.Source | Should -Be $filed
            $result.OtherNumbers | Should -BeNullOrEmpty -Because 'a number in a comment is not shown'
        }

        It 'reports a page without the number or link, and the other number it shows' {
            $result = Test-FilingDisplay $unfiled $number
            $result.Passed | Should -BeFalse
            $result.NumberShown | Should -BeFalse
            $result.LinkShown | Should -BeFalse
            $result.OtherNumbers[0].Text | Should -Be '网信算备110108823483901239999号'
            $result.Messages -join "`n" | Should -Match 'not found'
        }

        It 'resolves a relative path from the current location' {
            Push-Location $pages
            try { (Test-FilingDisplay ./filed.html $number).Passed | Should -BeTrue } finally { Pop-Location }
        }

        It 'takes -Uri and the number by property name from the pipeline' {
            $results = @(
                [pscustomobject]@{ Url = $filed; Number = $number }
                [pscustomobject]@{ FullName = $unfiled; FilingNumber = $number }
            ) | Test-FilingDisplay
            $results.Passed | Should -Be @($true, $false)
        }

        It 'takes files from Get-ChildItem by FullName' {
            (Get-ChildItem $pages -Filter *.html | Test-FilingDisplay -FilingNumber $number).Count | Should -Be 2
        }

        It 'shows a table and a list view' {
            Test-FilingDisplay $filed $number | Out-String | Should -Match 'Passed\s+NumberShown\s+LinkShown'
            Test-FilingDisplay $filed $number | Format-List | Out-String | Should -Match 'Messages'
        }
    }

    Context 'http' {
        BeforeAll {
            # A one-shot page server on 127.0.0.1 in this process: C#, because a script block cannot run on the listener's thread.
            if (-not ('AiRegOpsTestPageServer' -as [type])) {
                Add-Type -TypeDefinition @'
using System; using System.Net; using System.Text; using System.Threading.Tasks;
public sealed class AiRegOpsTestPageServer : IDisposable {
    private readonly HttpListener listener = new HttpListener();
    public string Url { get; }
    public AiRegOpsTestPageServer(string body, int status) {
        var port = 0;
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0); probe.Start(); port = ((IPEndPoint)probe.LocalEndpoint).Port; probe.Stop();
        Url = "http://127.0.0.1:" + port + "/";
        listener.Prefixes.Add(Url); listener.Start();
        Task.Run(async () => {
            while (listener.IsListening) {
                HttpListenerContext context;
                try { context = await listener.GetContextAsync(); } catch { return; }
                var bytes = Encoding.UTF8.GetBytes(body);
                context.Response.StatusCode = status; context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.OutputStream.Write(bytes, 0, bytes.Length); context.Response.Close();
            }
        });
    }
    public void Dispose() { listener.Stop(); listener.Close(); }
}
'@
            }
        }

        It 'checks a page served over http and resolves its links' {
            $server = [AiRegOpsTestPageServer]::new((Get-Content $filed -Raw), 200)
            try {
                $result = Test-FilingDisplay -Uri $server.Url -FilingNumber $number
                $result.Passed | Should -BeTrue
                $result.Source | Should -Be $server.Url
            }
            finally { $server.Dispose() }
        }

        It 'reports an HTTP error status with FilingPageUnreachable' {
            $server = [AiRegOpsTestPageServer]::new('gone', 404)
            try {
                $null = Test-FilingDisplay -Uri $server.Url -FilingNumber $number -ErrorVariable problems -ErrorAction SilentlyContinue
                $problems[0].FullyQualifiedErrorId | Should -Be 'FilingPageUnreachable,AiRegOps.PowerShell.Cmdlets.TestFilingDisplayCommand'
                $problems[0].Exception.Message | Should -BeLike '-Uri: expected a page that answers with HTTP 2xx*404*'
            }
            finally { $server.Dispose() }
        }
    }

    Context 'errors' {
        It 'reports an unreachable URL with FilingPageUnreachable, naming -Uri' {
            $null = Test-FilingDisplay -Uri 'http://127.0.0.1:1/' -FilingNumber $number -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems.Count | Should -Be 1
            $problems[0].FullyQualifiedErrorId | Should -Be 'FilingPageUnreachable,AiRegOps.PowerShell.Cmdlets.TestFilingDisplayCommand'
            $problems[0].CategoryInfo.Category | Should -Be 'ResourceUnavailable'
            $problems[0].Exception.Message | Should -BeLike '-Uri: expected a reachable http(s) URL*127.0.0.1:1*'
        }

        It 'reports a missing local file with FilingPageNotFound' {
            $null = Test-FilingDisplay -Uri (Join-Path $pages 'nope.html') -FilingNumber $number -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems[0].FullyQualifiedErrorId | Should -Be 'FilingPageNotFound,AiRegOps.PowerShell.Cmdlets.TestFilingDisplayCommand'
            $problems[0].Exception.Message | Should -BeLike '*-Uri*nope.html*'
        }

        It 'rejects a malformed number with FilingNumberInvalid before reading the page' {
            $null = Test-FilingDisplay -Uri 'http://127.0.0.1:1/' -FilingNumber '网信算备11010882348390123003号' -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems.Count | Should -Be 1
            $problems[0].FullyQualifiedErrorId | Should -Be 'FilingNumberInvalid,AiRegOps.PowerShell.Cmdlets.TestFilingDisplayCommand'
            $problems[0].Exception.Message | Should -BeLike '*-FilingNumber*20 digits, not 21*'
        }
    }
}
