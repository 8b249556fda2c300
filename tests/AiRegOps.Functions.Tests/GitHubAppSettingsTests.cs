using System.Security.Cryptography;
using AiRegOps.Functions.Tests.Infrastructure;
using AiRegOps.Tests.Shared.Watch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiRegOps.Functions.Tests;

/// <summary>
/// The Functions app signed in as a GitHub App installation (app id, installation id, private key from Key Vault)
/// instead of with a token: validated at start-up, and used against the fake GitHub over real HTTP.
/// </summary>
public sealed class GitHubAppSettingsTests
{
    private const string Repo = "octo-org/chat";

    [Fact]
    public async Task The_app_configured_with_a_GitHub_App_watches_and_reminds_with_installation_tokens()
    {
        await using var env = await FunctionFlowTests.StartAsync(TestProfiles.Service("chat"));
        using var rsa = RSA.Create(2048);
        var pem = rsa.ExportRSAPrivateKeyPem();
        var app = env.NewInstance(settings: s =>
        {
            s["AiRegOps:GitHubToken"] = null;
            s["AiRegOps:GitHubAppId"] = "12345";
            s["AiRegOps:GitHubAppInstallationId"] = "678";
            s["AiRegOps:GitHubAppPrivateKey"] = pem;
        });

        await env.WatchAndApplyAsync(app);

        Assert.NotEmpty(env.GitHub.Issues(Repo));
        Assert.Equal(1, env.GitHub.Calls["POST /api/v3/app/installations/{id:long}/access_tokens"]);
        Assert.Contains(env.GitHub.Authorizations, a => a.StartsWith("Bearer ", StringComparison.Ordinal));
        Assert.Contains(env.GitHub.Authorizations, a => a.Contains("ghs_installation678token", StringComparison.Ordinal));
        Assert.DoesNotContain(env.Logs.Lines, l => l.Contains("PRIVATE KEY", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("12345", "678", "not a key", "AiRegOps:GitHubAppPrivateKey is not a PEM RSA private key")]
    [InlineData("app", "678", "PEM", "AiRegOps:GitHubAppId must be a positive whole number")]
    [InlineData("12345", null, "PEM", "AiRegOps:GitHubAppInstallationId must be a positive whole number")]
    [InlineData("12345", "678", "@Microsoft.KeyVault(SecretUri=https://kv.example/secrets/app-key/)", "AiRegOps:GitHubAppPrivateKey is a Key Vault reference the platform did not resolve")]
    public async Task A_GitHub_App_setting_that_cannot_work_stops_the_start_with_its_name_and_not_its_value(string? appId, string? installationId, string key, string expected)
    {
        await using var env = await FunctionFlowTests.StartAsync(TestProfiles.Service("chat"));
        using var rsa = RSA.Create(2048);
        var value = key == "PEM" ? rsa.ExportRSAPrivateKeyPem() : key;
        var app = env.NewInstance(settings: s =>
        {
            s["AiRegOps:GitHubToken"] = null;
            s["AiRegOps:GitHubAppId"] = appId;
            s["AiRegOps:GitHubAppInstallationId"] = installationId;
            s["AiRegOps:GitHubAppPrivateKey"] = value;
        });

        var ex = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<Hosting.AiRegOpsOptions>>().Value);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("kv.example", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not a key", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_and_a_GitHub_App_together_are_refused()
    {
        await using var env = await FunctionFlowTests.StartAsync(TestProfiles.Service("chat"));
        var app = env.NewInstance(settings: s => s["AiRegOps:GitHubAppId"] = "12345");

        var ex = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<Hosting.AiRegOpsOptions>>().Value);
        Assert.Contains("Set either AiRegOps:GitHubToken or the GitHub App settings", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(FunctionsEnvironment.Token, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_GitHub_address_means_github_com_and_a_bad_one_is_named()
    {
        await using var env = await FunctionFlowTests.StartAsync(TestProfiles.Service("chat"));
        var empty = env.NewInstance(settings: s => s["AiRegOps:GitHubBaseUrl"] = string.Empty);
        Assert.NotNull(empty.Services.GetRequiredService<IOptions<Hosting.AiRegOpsOptions>>().Value);

        var bad = env.NewInstance(settings: s => s["AiRegOps:GitHubBaseUrl"] = "ghe.example.com");
        var ex = Assert.Throws<OptionsValidationException>(() => bad.Services.GetRequiredService<IOptions<Hosting.AiRegOpsOptions>>().Value);
        Assert.Contains("AiRegOps:GitHubBaseUrl must be empty (github.com) or an absolute http(s) URL", ex.Message, StringComparison.Ordinal);
    }
}
