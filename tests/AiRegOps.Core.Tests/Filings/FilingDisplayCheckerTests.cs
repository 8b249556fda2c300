using System.Net;
using System.Net.Sockets;
using System.Text;
using AiRegOps.Core.Filings;
using AiRegOps.Core.Reports;

namespace AiRegOps.Core.Tests.Filings;

public sealed class FilingDisplayCheckerTests
{
    private const string Number = "网信算备110108823483901230031号";

    private const string GoodPage = """
        <!DOCTYPE html>
        <html><head><title>Chat</title><script>var n = "网信算备999999999999999999999号";</script></head>
        <body>
        <main>Hello</main>
        <footer>
          <p>算法备案：<a href="https://beian.cac.gov.cn/#/index" title="互联网信息服务算法备案系统">网信算备110108823483901230031号</a></p>
          <!-- 网信算备000000000000000000000号 -->
        </footer>
        </body></html>
        """;

    [Fact]
    public void A_page_with_number_and_link_passes_and_says_where()
    {
        var result = FilingDisplayChecker.CheckHtml(GoodPage, "page.html", Number);

        Assert.True(result.Passed);
        var found = Assert.Single(result.NumberFound);
        Assert.Equal(6, found.Line);
        Assert.Equal("https://beian.cac.gov.cn/#/index", found.Href);
        var link = Assert.Single(result.PublicInfoLinks);
        Assert.Equal(6, link.Line);
        Assert.Empty(result.OtherNumbers);
    }

    [Fact]
    public void A_page_without_the_link_fails_and_says_what_is_missing()
    {
        const string page = "<html><body>\n<div>备案号：网信算备 110108823483901230031 号</div>\n</body></html>";

        var result = FilingDisplayChecker.CheckHtml(page, "page.html", Number);

        Assert.True(result.NumberShown);
        Assert.False(result.LinkShown);
        Assert.False(result.Passed);
        Assert.Contains(result.Messages, m => m.Contains("No link to the public filing information", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_services_number_does_not_count()
    {
        const string page = "<p><a href=\"https://beian.cac.gov.cn/\">网信算备310115124334401240013号</a></p>";

        var result = FilingDisplayChecker.CheckHtml(page, "page.html", Number);

        Assert.False(result.NumberShown);
        Assert.Equal("网信算备310115124334401240013号", Assert.Single(result.OtherNumbers).Text);
        Assert.Contains(result.Messages, m => m.Contains("not found", StringComparison.Ordinal));
    }

    [Fact]
    public void Entities_and_split_markup_are_read_as_text()
    {
        const string page = "<p>&#32593;&#20449;算备<b>110108823483901230031</b>号 <a href='https://beian.cac.gov.cn'>公示</a></p>";

        Assert.True(FilingDisplayChecker.CheckHtml(page, "page.html", Number).Passed);
    }

    [Fact]
    public void A_malformed_expected_number_is_an_error()
    {
        Assert.Throws<ComplianceInputException>(() => FilingDisplayChecker.CheckHtml(GoodPage, "page.html", "网信算备1号"));
    }

    [Fact]
    public async Task A_local_file_is_checked()
    {
        var path = Path.Combine(Path.GetTempPath(), $"airegops-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(path, GoodPage);
        try
        {
            using var client = new HttpClient();
            var result = await FilingDisplayChecker.CheckAsync(client, path, Number, CancellationToken.None);

            Assert.True(result.Passed);
            Assert.Equal(path, result.Source);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_missing_file_names_the_input()
    {
        using var client = new HttpClient();

        var error = await Assert.ThrowsAsync<ComplianceInputException>(() => FilingDisplayChecker.CheckAsync(client, "/no/such/page.html", Number, CancellationToken.None));

        Assert.Equal("-Uri", error.Input);
        Assert.Contains("/no/such/page.html", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_url_is_fetched_and_relative_links_resolved()
    {
        const string page = "<footer>网信算备110108823483901230031号 <a href=\"https://beian.cac.gov.cn/x\">公示信息</a> <a href=\"/about\">About</a></footer>";
        using var client = new HttpClient(new StubHandler(HttpStatusCode.OK, page));

        var result = await FilingDisplayChecker.CheckUrlAsync(client, new Uri("https://chat.example.cn/"), Number, CancellationToken.None);

        Assert.True(result.Passed);
        Assert.Equal("https://chat.example.cn/", result.Source);
    }

    [Fact]
    public async Task An_http_error_status_is_a_clear_error()
    {
        using var client = new HttpClient(new StubHandler(HttpStatusCode.NotFound, "nope"));

        var error = await Assert.ThrowsAsync<ComplianceInputException>(() =>
            FilingDisplayChecker.CheckUrlAsync(client, new Uri("https://chat.example.cn/missing"), Number, CancellationToken.None));

        Assert.Contains("404", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_url_is_a_clear_error()
    {
        var port = FreePort();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };

        var error = await Assert.ThrowsAsync<ComplianceInputException>(() =>
            FilingDisplayChecker.CheckAsync(client, $"http://127.0.0.1:{port}/", Number, CancellationToken.None));

        Assert.Equal("-Uri", error.Input);
        Assert.Contains("reachable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_real_http_server_on_loopback_is_checked()
    {
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var serve = Task.Run(async () =>
        {
            var context = await listener.GetContextAsync();
            var body = Encoding.UTF8.GetBytes(GoodPage);
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        });
        using var client = new HttpClient();

        var result = await FilingDisplayChecker.CheckAsync(client, $"http://127.0.0.1:{port}/", Number, CancellationToken.None);
        await serve;

        Assert.True(result.Passed);
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private sealed class StubHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "text/html"), RequestMessage = request });
    }
}
