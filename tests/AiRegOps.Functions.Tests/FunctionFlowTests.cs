using AiRegOps.Core.Calendar;
using AiRegOps.Core.Profiles.Loading;
using AiRegOps.Core.Reminders;
using AiRegOps.Core.Schedule;
using AiRegOps.Core.Watch;
using AiRegOps.Functions.Functions;
using AiRegOps.Functions.Tests.Infrastructure;
using AiRegOps.Tests.Shared;
using AiRegOps.Tests.Shared.Watch;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiRegOps.Functions.Tests;

/// <summary>The functions called as the host would call them, against Azurite and the fake GitHub.</summary>
public sealed class FunctionFlowTests
{
    private const string Repo = "octo-org/chat";

    [Fact]
    public async Task Watching_then_applying_opens_one_issue_per_due_item_and_a_second_run_writes_nothing()
    {
        await using var env = await StartAsync(TestProfiles.Service("chat"));
        var app = env.NewInstance();

        var messages = await env.WatchAndApplyAsync(app);
        Assert.Single(messages);
        var expected = ExpectedOpen(env, TestProfiles.Service("chat"));
        Assert.NotEmpty(expected);
        var issues = env.GitHub.Issues(Repo);
        Assert.Equal(expected.Count, issues.Count);

        env.GitHub.ResetCounts();
        await app.Get<ObligationSweep>().RunAsync(FunctionsEnvironment.Timer(), CancellationToken.None);
        Assert.Equal(0, env.GitHub.Writes);
        Assert.Empty(await env.WatchAndApplyAsync(app));
        Assert.Equal(0, env.GitHub.Writes);
        AssertNoSecrets(env);
    }

    [Fact]
    public async Task A_corrected_launch_date_closes_the_old_reminder_and_opens_one_with_the_new_due_date()
    {
        await using var env = await StartAsync(TestProfiles.Service("chat"));
        var app = env.NewInstance();
        await env.WatchAndApplyAsync(app);
        var filing = Assert.Single(env.GitHub.Issues(Repo), i => i.Title.Contains("launched@2025-06-02", StringComparison.Ordinal) && (i.Body ?? string.Empty).Contains("obligation=arr-algorithm-filing", StringComparison.Ordinal));

        env.GitHub.Repository(Repo).Files["airegops.yml"] = TestProfiles.Service("chat", launchedOn: "2025-06-09");
        await env.WatchAndApplyAsync(app);

        var moved = Assert.Single(env.GitHub.Issues(Repo), i => (i.Body ?? string.Empty).Contains("obligation=arr-algorithm-filing", StringComparison.Ordinal) && i.State == "open");
        Assert.Contains("launched@2025-06-09", moved.Title, StringComparison.Ordinal);
        var closedOld = Assert.Single(env.GitHub.Issues(Repo), i => i.Number == filing.Number);
        Assert.Equal("closed", closedOld.State);
        AssertNoSecrets(env);
    }

    [Fact]
    public async Task A_service_removed_from_its_file_is_reminded_to_cancel_its_filing_and_its_other_reminders_close()
    {
        await using var env = await StartAsync(TestProfiles.Many(["chat", "draw"]));
        var app = env.NewInstance();
        await env.WatchAndApplyAsync(app);
        Assert.Contains(env.GitHub.Issues(Repo), i => i.State == "open" && (i.Body ?? string.Empty).Contains("service=draw", StringComparison.Ordinal));

        env.Clock.Advance(TimeSpan.FromDays(3));
        env.GitHub.Repository(Repo).Files["airegops.yml"] = TestProfiles.Service("chat");
        await env.WatchAndApplyAsync(app);

        var snapshots = await app.Services.GetRequiredService<IWatcherStateStore>().ListAsync(CancellationToken.None);
        Assert.Equal(["draw"], snapshots.SelectMany(x => x.Retired).Select(r => r.Service));

        // ARR Art. 24(3): cancel the filing within 20 working days of termination, counted from the day it was seen gone;
        // the reminder opens once the due date is within the profile's lead time (30 days by default).
        var terminated = ChinaTime.Today(env.Clock);
        var due = PeriodCalculator.Default.AddWorkingDays(terminated, 20).DueDate;
        env.Clock.SetUtcNow(new DateTimeOffset(due.AddDays(-10).ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero));
        await app.Get<ObligationSweep>().RunAsync(FunctionsEnvironment.Timer(), CancellationToken.None);
        var cancellation = Assert.Single(env.GitHub.Issues(Repo), i => (i.Body ?? string.Empty).Contains("service=draw", StringComparison.Ordinal)
            && (i.Body ?? string.Empty).Contains("obligation=arr-filing-cancellation", StringComparison.Ordinal));
        Assert.Equal("open", cancellation.State);
        Assert.Contains($"service-terminated@{terminated:yyyy-MM-dd}", cancellation.Title, StringComparison.Ordinal);
        Assert.Contains(due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), cancellation.Body, StringComparison.Ordinal);

        // Its periodic review, a duty of a running service, is no longer asked for.
        Assert.DoesNotContain(env.GitHub.Issues(Repo), i => i.State == "open" && (i.Body ?? string.Empty).Contains("service=draw", StringComparison.Ordinal)
            && (i.Body ?? string.Empty).Contains("obligation=arr-periodic-algorithm-review", StringComparison.Ordinal));

        // A second run changes nothing.
        env.GitHub.ResetCounts();
        await app.Get<ObligationSweep>().RunAsync(FunctionsEnvironment.Timer(), CancellationToken.None);
        Assert.Equal(0, env.GitHub.Writes);
    }

    [Fact]
    public async Task A_new_public_opinion_feature_is_recorded_once_and_reminded()
    {
        await using var env = await StartAsync(TestProfiles.Service("chat"));
        var app = env.NewInstance();
        await env.WatchAndApplyAsync(app);

        env.Clock.Advance(TimeSpan.FromDays(7));
        env.GitHub.Repository(Repo).Files["airegops.yml"] = TestProfiles.Service("chat", features: "ai-chat, text-generation, comments, live-streaming");
        var messages = await env.WatchAndApplyAsync(app);

        // A redelivery of the same watcher message records nothing new.
        await app.Get<WatcherEvents>().RunAsync(Assert.Single(messages), CancellationToken.None);
        var events = await app.Services.GetRequiredService<IServiceEventStore>().GetAsync("chat", CancellationToken.None);
        var recorded = Assert.Single(events);
        Assert.Equal(Core.Profiles.ServiceEventType.FunctionAdded, recorded.Event.Type);
        Assert.Equal(ChinaTime.Today(env.Clock), recorded.Event.Date);
        Assert.Contains(env.GitHub.Issues(Repo), i => i.Title.Contains($"function-added@{ChinaTime.Today(env.Clock):yyyy-MM-dd}", StringComparison.Ordinal));
        Assert.Equal(env.GitHub.Issues(Repo).Count, env.GitHub.Issues(Repo).Select(i => (i.Body ?? string.Empty).Split('\n')[0]).Distinct().Count());
    }

    [Fact]
    public async Task A_deployment_event_records_its_changes_and_evidence_and_closes_what_the_evidence_satisfies_once()
    {
        await using var env = await StartAsync(TestProfiles.Service("chat"));
        var app = env.NewInstance();
        await env.WatchAndApplyAsync(app);
        var assessment = Assert.Single(env.GitHub.Issues(Repo), i => (i.Body ?? string.Empty).Contains("obligation=sa-security-assessment", StringComparison.Ordinal) && i.State == "open");
        var period = (assessment.Body ?? string.Empty).Split('\n')[0].Split(' ').Single(p => p.StartsWith("period=", StringComparison.Ordinal))[7..];

        var message = DeploymentEventMessages.Valid(service: "chat", occurredAt: env.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        await app.Get<DeploymentEvents>().RunAsync(message, CancellationToken.None);

        var events = await app.Services.GetRequiredService<IServiceEventStore>().GetAsync("chat", CancellationToken.None);
        Assert.Equal(Core.Profiles.ServiceEventType.FunctionAdded, Assert.Single(events).Event.Type);
        var completions = await app.Services.GetRequiredService<IComplianceEvidence>().GetCompletionsAsync("chat", CancellationToken.None);
        var completion = Assert.Single(completions);
        Assert.Equal(("sa-security-assessment", Uri.UnescapeDataString(period)), (completion.ObligationId, completion.Period));
        Assert.Equal("closed", env.GitHub.Issues(Repo).Single(i => i.Number == assessment.Number).State);
        Assert.Contains(env.GitHub.Issues(Repo), i => i.Title.Contains("function-added@", StringComparison.Ordinal) && i.State == "open");

        // The same message again (a redelivery): nothing changes anywhere.
        env.GitHub.ResetCounts();
        var issuesBefore = env.GitHub.Issues(Repo).Select(i => (i.Number, i.State, i.Body)).ToList();
        await app.Get<DeploymentEvents>().RunAsync(message, CancellationToken.None);
        Assert.Equal(0, env.GitHub.Writes);
        Assert.Equal(0, env.GitHub.Reads);
        Assert.Single(await app.Services.GetRequiredService<IServiceEventStore>().GetAsync("chat", CancellationToken.None));
        Assert.Single(await app.Services.GetRequiredService<IComplianceEvidence>().GetCompletionsAsync("chat", CancellationToken.None));
        Assert.Equal(issuesBefore, env.GitHub.Issues(Repo).Select(i => (i.Number, i.State, i.Body)).ToList());

        // The same id with other content is refused, and applies nothing.
        var conflict = await Assert.ThrowsAsync<DeploymentConflictException>(() => app.Get<DeploymentEvents>().RunAsync(message.Replace("1.2.3", "1.2.4", StringComparison.Ordinal), CancellationToken.None));
        Assert.Equal("Deployment event id 'rel-1' was already processed with different content; a new deployment needs a new id. This message was not applied.", conflict.Message);
        AssertNoSecrets(env);
    }

    [Fact]
    public async Task A_malformed_deployment_event_fails_with_its_precise_error_and_changes_nothing()
    {
        await using var env = await StartAsync(TestProfiles.Service("chat"));
        var app = env.NewInstance();
        await env.WatchAndApplyAsync(app);
        env.GitHub.ResetCounts();

        var ex = await Assert.ThrowsAsync<DeploymentEventException>(() => app.Get<DeploymentEvents>().RunAsync("{ \"apiVersion\": \"airegops/deployment/v2\" }", CancellationToken.None));
        Assert.Contains("$.apiVersion (line 1, column 17): expected \"airegops/deployment/v1\", found \"airegops/deployment/v2\"", ex.Message, StringComparison.Ordinal);
        Assert.Contains(env.Logs.Lines, l => l.Contains("DeploymentEvents: rejected: Invalid deployment event", StringComparison.Ordinal));
        Assert.Equal(0, env.GitHub.Writes + env.GitHub.Reads);
        Assert.Empty(await app.Services.GetRequiredService<IServiceEventStore>().GetAsync("chat", CancellationToken.None));
        await Assert.ThrowsAsync<WatcherMessageException>(() => app.Get<WatcherEvents>().RunAsync("{\"schemaVersion\": 9}", CancellationToken.None));
    }

    [Fact]
    public async Task Options_are_validated_with_messages_that_never_show_the_token()
    {
        await using var env = await StartAsync(TestProfiles.Service("chat"));
        var unresolved = "@Microsoft.KeyVault(SecretUri=https://vault.example/secrets/github-token/)";
        var app = env.NewInstance(settings: s =>
        {
            s["AiRegOps:GitHubToken"] = unresolved;
            s["AiRegOps:WatchedRepositories"] = "not a repository";
            s["WatcherEventsQueue"] = null;
        });
        var ex = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<Hosting.AiRegOpsOptions>>().Value);
        Assert.Contains("AiRegOps:GitHubToken is a Key Vault reference the platform did not resolve", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AiRegOps:WatchedRepositories: 'not a repository' is not a repository; expected 'owner/name'.", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("vault.example", ex.Message, StringComparison.Ordinal);
        var triggers = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<Hosting.TriggerSettings>>().Value);
        Assert.Contains("App setting WatcherEventsQueue is required", triggers.Message, StringComparison.Ordinal);
    }

    internal static async Task<FunctionsEnvironment> StartAsync(string yaml)
    {
        var env = await FunctionsEnvironment.StartAsync();
        env.GitHub.Repository(Repo).Files["airegops.yml"] = yaml;
        env.Repositories.Add(Repo);
        return env;
    }

    internal static List<DesiredReminder> ExpectedOpen(FunctionsEnvironment env, string yaml)
    {
        var composer = new ReminderComposer();
        return [.. ServiceProfileReader.ReadYaml(yaml, "x")
            .SelectMany(p => composer.Compose(ComplianceScheduler.Default.Build(p, ChinaTime.Today(env.Clock))))
            .Where(r => r.Disposition == ReminderDisposition.Open)];
    }

    internal static void AssertNoSecrets(FunctionsEnvironment env)
    {
        var text = string.Join('\n', env.Logs.Lines) + string.Join('\n', env.GitHub.AllIssues().Select(i => i.Title + i.Body));
        Assert.DoesNotContain(FunctionsEnvironment.Token, text, StringComparison.Ordinal);
        Assert.DoesNotContain(AzuriteProcess.AccountKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey=", text, StringComparison.Ordinal);
    }
}
