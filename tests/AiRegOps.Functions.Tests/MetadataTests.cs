using AiRegOps.Tests.Shared;
using System.Text.Json;
using AiRegOps.Functions.Tests.Infrastructure;

namespace AiRegOps.Functions.Tests;

/// <summary>
/// No Functions host runs here, so the generated functions.metadata (what the host reads to bind triggers) is
/// asserted instead: names, triggers, schedules and queue names from app settings, and connection names.
/// </summary>
public sealed class MetadataTests
{
    private static readonly Dictionary<string, JsonElement> Functions = Load();

    [Theory]
    [InlineData("ObligationSweep", "timerTrigger", "%ObligationSweepSchedule%", null)]
    [InlineData("RepositoryWatch", "timerTrigger", "%RepositoryWatchSchedule%", null)]
    [InlineData("DeploymentEvents", "queueTrigger", "%DeploymentEventsQueue%", "AiRegOpsStorage")]
    [InlineData("WatcherEvents", "queueTrigger", "%WatcherEventsQueue%", "AiRegOpsStorage")]
    [InlineData("BlobLabelChecks", "queueTrigger", "%LabelChecksQueue%", "AiRegOpsStorage")]
    public void Each_function_has_its_trigger_bound_to_app_settings(string name, string trigger, string setting, string? connection)
    {
        Assert.True(Functions.TryGetValue(name, out var function), $"functions.metadata has no function {name}");
        var bindings = function.GetProperty("bindings").EnumerateArray().ToList();
        var binding = Assert.Single(bindings);
        Assert.Equal(trigger, binding.GetProperty("type").GetString());
        Assert.Equal("In", binding.GetProperty("direction").GetString());
        Assert.Equal(setting, binding.GetProperty(trigger == "timerTrigger" ? "schedule" : "queueName").GetString());
        Assert.Equal(connection, binding.TryGetProperty("connection", out var c) ? c.GetString() : null);
        Assert.Equal("dotnet-isolated", function.GetProperty("language").GetString());
        Assert.Equal("AiRegOps.Functions.dll", function.GetProperty("scriptFile").GetString());
    }

    [Fact]
    public void The_app_has_exactly_the_five_functions() =>
        Assert.Equal(["BlobLabelChecks", "DeploymentEvents", "ObligationSweep", "RepositoryWatch", "WatcherEvents"], Functions.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void Host_json_sets_the_poison_threshold_and_base64_messages()
    {
        var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppDir(), "host.json"))).RootElement;
        var queues = host.GetProperty("extensions").GetProperty("queues");
        Assert.Equal(5, queues.GetProperty("maxDequeueCount").GetInt32());
        Assert.Equal("base64", queues.GetProperty("messageEncoding").GetString());
    }

    [Fact]
    public void The_sample_settings_name_every_setting_and_hold_no_secret()
    {
        var path = Path.Combine(RepositoryRoot.Find(), "functions", "AiRegOps.Functions", "local.settings.sample.json");
        var values = JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("Values");
        foreach (var setting in new[] { "ObligationSweepSchedule", "RepositoryWatchSchedule", "DeploymentEventsQueue", "WatcherEventsQueue", "LabelChecksQueue", "AiRegOpsStorage", "AiRegOps__WatchedRepositories", "AiRegOps__LabelWatch", "AiRegOps__GitHubToken" })
        {
            Assert.True(values.TryGetProperty(setting, out _), $"local.settings.sample.json lacks {setting}");
        }

        var text = File.ReadAllText(path);
        Assert.DoesNotContain("ghp_", text, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey", text, StringComparison.Ordinal);
    }

    /// <summary>The functions project's build output for the configuration the tests were built in.</summary>
    private static string AppDir()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        return Path.Combine(RepositoryRoot.Find(), "functions", "AiRegOps.Functions", "bin", configuration, "net10.0");
    }

    private static Dictionary<string, JsonElement> Load()
    {
        var path = Path.Combine(AppDir(), "functions.metadata");
        Assert.True(File.Exists(path), $"{path} is missing: build functions/AiRegOps.Functions first");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!, f => f.Clone(), StringComparer.Ordinal);
    }
}
