namespace AiRegOps.GitHub.Tests;

/// <summary>Issue 10, item 6: a token is never sent over plain http, except to a loopback test server.</summary>
public sealed class PlainHttpTests
{
    [Theory]
    [InlineData("http://ghe.example.com/")]
    [InlineData("http://10.0.0.5:8080/")]
    [InlineData("http://127.0.0.1.evil.example/")]
    public void A_token_over_plain_http_is_refused(string url)
    {
        var options = new GitHubConnectionOptions { BaseUrl = new Uri(url), Auth = GitHubAuth.FromToken("ghp_secretsecretsecret") };

        var error = Assert.Throws<ArgumentException>(() => GitHubClientFactory.Create(options));

        Assert.Contains("is not https", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ghp_secret", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://ghe.example.com/")]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("http://localhost:5000/")]
    [InlineData("http://[::1]:5000/")]
    public void Https_and_loopback_test_servers_are_accepted(string url)
    {
        var options = new GitHubConnectionOptions { BaseUrl = new Uri(url), Auth = GitHubAuth.FromToken("ghp_secretsecretsecret") };

        Assert.NotNull(GitHubClientFactory.Create(options));
    }
}
