using System.Text.Json;
using AiRegOps.Functions.Functions;
using AiRegOps.Functions.Tests.Infrastructure;
using AiRegOps.GitHub.Tests.Fake;
using AiRegOps.Tests.Shared;
using AiRegOps.Tests.Shared.Watch;
using static AiRegOps.Functions.Tests.SendDeploymentEventTests;

namespace AiRegOps.Functions.Tests;

/// <summary>
/// Issue 9: a record written from a pipeline reaches the cloud. Register-AlgorithmFiling, run by the real pwsh against
/// Azurite after Set-ComplianceStore, appends the filing to the record store; a second pwsh process lists it; the
/// ObligationSweep function (the app's own registrations, reading the Table backend) counts it and closes the filing
/// reminder; Revoke-ComplianceRecord in a third process withdraws it and the next sweep reopens the reminder.
/// </summary>
public sealed class RecordsReachTheSweepTests
{
    private const string Repo = "octo-org/chat";
    private const string Number = "网信算备110108823483901250031号";

    [Fact]
    public async Task A_filing_recorded_by_a_cmdlet_is_seen_by_a_second_process_and_by_the_sweep_and_its_revocation_too()
    {
        await using var env = await FunctionFlowTests.StartAsync(TestProfiles.Service("chat"));
        var app = env.NewInstance();
        await env.WatchAndApplyAsync(app);
        await app.Get<ObligationSweep>().RunAsync(FunctionsEnvironment.Timer(), CancellationToken.None);
        var filing = Assert.Single(env.GitHub.Issues(Repo), IsFilingReminder);
        Assert.Equal("open", filing.State);

        const string Store = "Set-ComplianceStore -ConnectionString $env:AIREGOPS_TEST_STORAGE; ";
        var record = RunModule(env.Azurite.ConnectionString, Store + $"Register-AlgorithmFiling chat -FilingNumber '{Number}' -FiledOn 2025-06-10 | ConvertTo-Json -Compress");
        Assert.True(record.ExitCode == 0, record.Output);
        Assert.DoesNotContain(AzuriteProcess.AccountKey, record.Output, StringComparison.Ordinal);

        var listed = RunModule(env.Azurite.ConnectionString, Store + "Get-ComplianceRecord -Service chat | Select-Object Service, Summary, Hash, Revoked | ConvertTo-Json -Compress");
        Assert.True(listed.ExitCode == 0, listed.Output);
        using (var json = JsonDocument.Parse(LastJsonLine(listed.Output)))
        {
            Assert.Equal("chat", json.RootElement.GetProperty("Service").GetString());
            Assert.Contains(Number, json.RootElement.GetProperty("Summary").GetString(), StringComparison.Ordinal);
            Assert.False(json.RootElement.GetProperty("Revoked").GetBoolean());
        }

        await env.NewInstance().Get<ObligationSweep>().RunAsync(FunctionsEnvironment.Timer(), CancellationToken.None);
        Assert.Equal("closed", env.GitHub.Issues(Repo).Single(i => i.Number == filing.Number).State);

        var revoke = RunModule(env.Azurite.ConnectionString, Store + "Get-ComplianceRecord -Service chat | Revoke-ComplianceRecord -Reason 'the number belongs to another service' -Confirm:$false | Select-Object Revoked, RevocationReason | ConvertTo-Json -Compress");
        Assert.True(revoke.ExitCode == 0, revoke.Output);
        Assert.Contains("\"Revoked\":true", revoke.Output, StringComparison.Ordinal);

        await env.NewInstance().Get<ObligationSweep>().RunAsync(FunctionsEnvironment.Timer(), CancellationToken.None);
        Assert.Contains(env.GitHub.Issues(Repo), i => IsFilingReminder(i) && i.State == "open");

        var verified = RunModule(env.Azurite.ConnectionString, Store + "(Test-ComplianceEvidence -Service chat).IsValid");
        Assert.True(verified.ExitCode == 0, verified.Output);
        Assert.Equal("True", verified.Output.Trim().Split('\n')[^1].Trim());
    }

    private static bool IsFilingReminder(FakeIssue issue) => (issue.Body ?? string.Empty).Contains("obligation=arr-algorithm-filing ", StringComparison.Ordinal);

    private static string LastJsonLine(string output) => output.Split('\n', StringSplitOptions.TrimEntries).Last(l => l.StartsWith('{'));
}
