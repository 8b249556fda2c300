using System.Reflection;
using AiRegOps.Functions.Hosting;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AiRegOps.Functions.Tests.Template;

/// <summary>
/// The app's start-up as the Functions host runs it: the real host built by <see cref="AppHost"/> (what Program.cs
/// runs) with the settings the compiled template gives, every start-up validation run, and every function class
/// created with its dependencies the way the worker creates it, so a missing registration or setting fails here.
/// </summary>
public sealed class HostStartupTests
{
    [Theory]
    [InlineData("AzureCloud", false)]
    [InlineData("AzureChinaCloud", true)]
    [InlineData("AzureUSGovernment", false)]
    public async Task The_real_host_starts_with_the_template_settings_and_creates_every_function(string cloud, bool gitHubApp)
    {
        using var host = BuildHost(new CompiledTemplate(TemplateSettingsTests.Cloud(cloud), gitHubApp).ResolvedConfiguration());

        await host.Services.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(CancellationToken.None);
        var functions = FunctionClasses();
        Assert.Equal(5, functions.Count);
        foreach (var type in functions)
        {
            var instance = ActivatorUtilities.CreateInstance(host.Services, type);
            Assert.IsType(type, instance);
        }
    }

    [Fact]
    public async Task A_missing_setting_stops_the_real_host_at_start_with_the_settings_name()
    {
        var settings = new CompiledTemplate(ArmCloud.Public).ResolvedConfiguration();
        settings.Remove("WatcherEventsQueue");
        settings["AiRegOps:GitHubToken"] = $"@Microsoft.KeyVault(SecretUri={CompiledTemplate.TokenSecretUri})";
        using var host = BuildHost(settings);

        var ex = await Assert.ThrowsAsync<AggregateException>(() => host.Services.GetRequiredService<IAsyncStartupValidator>().ValidateAsync(CancellationToken.None));
        var failures = ex.InnerExceptions.OfType<OptionsValidationException>().SelectMany(e => e.Failures).ToList();
        Assert.Contains(failures, f => f.Contains("App setting WatcherEventsQueue is required", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("AiRegOps:GitHubToken is a Key Vault reference the platform did not resolve", StringComparison.Ordinal));
        Assert.DoesNotContain("acme-kv", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_registration_fails_when_the_functions_are_created()
    {
        var settings = new CompiledTemplate(ArmCloud.Public).ResolvedConfiguration();
        var builder = AppHost.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.RemoveAll<AiRegOps.Core.Watch.DeploymentEventProcessor>();
        using var host = builder.Build();

        Assert.Throws<InvalidOperationException>(() => ActivatorUtilities.CreateInstance(host.Services, typeof(AiRegOps.Functions.Functions.DeploymentEvents)));
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = AppHost.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(settings);
        return builder.Build();
    }

    /// <summary>Every class with a [Function] method: what the worker instantiates per invocation.</summary>
    private static List<Type> FunctionClasses() =>
        [.. typeof(AppHost).Assembly.GetTypes().Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<FunctionAttribute>() is not null))];
}
