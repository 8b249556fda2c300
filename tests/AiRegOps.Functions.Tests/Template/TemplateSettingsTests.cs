using System.Text.Json;
using System.Text.RegularExpressions;
using AiRegOps.Azure;
using AiRegOps.Functions.Hosting;
using AiRegOps.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiRegOps.Functions.Tests.Template;

/// <summary>
/// The compiled template and the app cannot drift apart: the settings infra/main.bicep gives the Function App, with
/// every default, pass the app's own options validation in each Azure cloud and with each GitHub credential, and every
/// setting the triggers and options name is there.
/// </summary>
public sealed partial class TemplateSettingsTests
{
    public static TheoryData<string, bool> Deployments()
    {
        var data = new TheoryData<string, bool>();
        foreach (var cloud in new[] { "AzureCloud", "AzureChinaCloud", "AzureUSGovernment" })
        {
            data.Add(cloud, false);
            data.Add(cloud, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Deployments))]
    public void The_template_settings_pass_the_apps_options_validation(string cloudName, bool gitHubApp)
    {
        var cloud = Cloud(cloudName);
        var template = new CompiledTemplate(cloud, gitHubApp);
        using var services = Services(template.ResolvedConfiguration());

        var options = services.GetRequiredService<IOptions<AiRegOpsOptions>>().Value;
        var triggers = services.GetRequiredService<IOptions<TriggerSettings>>().Value;
        var storage = services.GetRequiredService<StorageConnection>();

        Assert.Equal("deployment-events", triggers.DeploymentEventsQueue);
        Assert.Equal("blob-label-checks", triggers.LabelChecksQueue);
        Assert.Equal(CompiledTemplate.LabelWatch, options.LabelWatch);
        Assert.Equal(["ai-images", "ai-audio"], services.GetRequiredService<LabelWatches>().All.Select(w => w.Container));
        Assert.Equal("0 0 1 * * *", triggers.ObligationSweepSchedule);
        Assert.Equal(cloudName, options.AzureCloud);
        Assert.Equal(cloudName, storage.Cloud.Name);
        Assert.Equal(AzureCloud.Parse(cloudName).AuthorityHost, storage.Cloud.AuthorityHost);
        foreach (var endpoint in new[] { storage.BlobServiceUri!, storage.QueueServiceUri!, storage.TableServiceUri! })
        {
            Assert.EndsWith("." + cloud.StorageSuffix, endpoint.Host, StringComparison.Ordinal);
            Assert.StartsWith("acmed", endpoint.Host, StringComparison.Ordinal);
        }

        Assert.Null(options.GitHubBaseUrl);
        var auth = AiRegOpsOptionsValidation.GitHubAuthOf(options);
        Assert.Equal(gitHubApp, auth.IsApp);
        Assert.Equal(gitHubApp ? 12345 : 0, auth.AppId);
    }

    [Fact]
    public void A_GitHub_Enterprise_address_given_to_the_template_reaches_the_app()
    {
        var template = new CompiledTemplate(ArmCloud.China, overrides: new Dictionary<string, string> { ["gitHubBaseUrl"] = "https://ghe.example.cn/" });
        using var services = Services(template.ResolvedConfiguration());

        Assert.Equal("https://ghe.example.cn/", services.GetRequiredService<IOptions<AiRegOpsOptions>>().Value.GitHubBaseUrl);
    }

    [Fact]
    public void A_template_that_left_a_required_setting_out_would_fail_this_test()
    {
        var settings = new CompiledTemplate(ArmCloud.Public).ResolvedConfiguration();
        settings.Remove("AiRegOps:WatchedRepositories");
        settings.Remove("DeploymentEventsQueue");
        using var services = Services(settings);

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AiRegOpsOptions>>().Value);
        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TriggerSettings>>().Value);
    }

    [Fact]
    public void Every_AiRegOps_setting_in_the_template_is_an_option_the_app_reads()
    {
        var known = typeof(AiRegOpsOptions).GetProperties().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var gitHubApp in new[] { false, true })
        {
            foreach (var name in new CompiledTemplate(ArmCloud.Public, gitHubApp).AppSettings().Keys.Where(k => k.StartsWith("AiRegOps__", StringComparison.Ordinal)))
            {
                Assert.True(known.Contains(name["AiRegOps__".Length..]), $"The template sets {name}, which AiRegOpsOptions does not have (a typo, or an option that was renamed).");
            }
        }
    }

    [Fact]
    public void Every_setting_the_triggers_name_is_in_the_template()
    {
        var settings = new CompiledTemplate(ArmCloud.Public).AppSettings();
        var metadata = Path.Combine(RepositoryRoot.Find(), "functions", "AiRegOps.Functions", "bin", Configuration(), "net10.0", "functions.metadata");
        using var document = JsonDocument.Parse(File.ReadAllText(metadata));
        var bindings = document.RootElement.EnumerateArray().SelectMany(f => f.GetProperty("bindings").EnumerateArray()).ToList();
        Assert.NotEmpty(bindings);
        foreach (var binding in bindings)
        {
            foreach (var property in binding.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
            {
                foreach (Match reference in SettingReference().Matches(property.Value.GetString()!))
                {
                    Assert.True(settings.ContainsKey(reference.Groups[1].Value), $"The trigger binding names %{reference.Groups[1].Value}%, which the template does not set.");
                }
            }

            if (binding.TryGetProperty("connection", out var connection))
            {
                var name = connection.GetString()!;
                Assert.True(
                    settings.ContainsKey(name) || (settings.ContainsKey(name + "__queueServiceUri") && settings.ContainsKey(name + "__blobServiceUri")),
                    $"The trigger binding uses connection {name}, which the template does not configure.");
            }
        }
    }

    internal static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAiRegOps(configuration);
        return services.BuildServiceProvider();
    }

    internal static ArmCloud Cloud(string name) => name switch
    {
        "AzureChinaCloud" => ArmCloud.China,
        "AzureUSGovernment" => ArmCloud.USGovernment,
        _ => ArmCloud.Public,
    };

    private static string Configuration() =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";

    [GeneratedRegex("%([A-Za-z0-9_]+)%")]
    private static partial Regex SettingReference();
}
