using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using AiRegOps.Core.Watch;
using AiRegOps.Functions.Functions;
using AiRegOps.Functions.Tests.Infrastructure;
using AiRegOps.Tests.Shared;
using AiRegOps.Tests.Shared.Watch;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;

namespace AiRegOps.Functions.Tests;

/// <summary>
/// The release manager's path end to end: Send-DeploymentEvent, run by the real pwsh from the laid-out module, uploads
/// the evidence and queues the event in Azurite; the DeploymentEvents function takes that very message, and the
/// evidence counts for its obligation (the reminder for it closes on the fake GitHub).
/// </summary>
public sealed class SendDeploymentEventTests
{
    private const string Repo = "octo-org/chat";

    [Fact]
    public async Task A_sent_deployment_event_is_processed_by_the_function_and_its_evidence_counts()
    {
        await using var env = await FunctionFlowTests.StartAsync(TestProfiles.Service("chat"));
        var app = env.NewInstance();
        await env.WatchAndApplyAsync(app);
        var assessment = Assert.Single(env.GitHub.Issues(Repo), i => (i.Body ?? string.Empty).Contains("obligation=sa-security-assessment", StringComparison.Ordinal) && i.State == "open");
        var folder = Directory.CreateTempSubdirectory("airegops-send-").FullName;
        try
        {
            var report = Path.Combine(folder, "assessment.pdf");
            await File.WriteAllTextAsync(report, "security assessment of the live-streaming co-host");
            var occurredAt = env.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
            var send = $"Send-DeploymentEvent chat -Version 1.2.3 -TargetEnvironment production -OccurredAt '{occurredAt}' -DeployedBy 'release #7' "
                + "-Change @{ type = 'function-added'; feature = 'live-streaming' } "
                + $"-Evidence @{{ obligation = 'sa-security-assessment'; path = '{report}'; mediaType = 'application/pdf' }} "
                + "-ConnectionString $env:AIREGOPS_TEST_STORAGE";

            // -WhatIf: checked, nothing sent.
            var whatIf = RunModule(env.Azurite.ConnectionString, send + " -WhatIf");
            Assert.True(whatIf.ExitCode == 0, whatIf.Output);
            Assert.Contains("Send deployment event 'chat-1.2.3-production'", whatIf.Output, StringComparison.Ordinal);
            var queue = new QueueClient(env.Azurite.ConnectionString, FunctionsEnvironment.DeploymentQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
            Assert.False(await queue.ExistsAsync() && (await queue.PeekMessagesAsync(1)).Value.Length > 0);

            var run = RunModule(env.Azurite.ConnectionString, send + " | ConvertTo-Json -Compress");
            Assert.True(run.ExitCode == 0, run.Output);
            Assert.DoesNotContain(AzuriteProcess.AccountKey, run.Output, StringComparison.Ordinal);
            using var receipt = JsonDocument.Parse(run.Output.Split('\n', StringSplitOptions.TrimEntries).Last(l => l.StartsWith('{')));
            Assert.Equal("chat-1.2.3-production", receipt.RootElement.GetProperty("Id").GetString());
            Assert.Equal("release-evidence/chat/1.2.3/assessment.pdf", Assert.Single(receipt.RootElement.GetProperty("Blobs").EnumerateArray()).GetString());
            var blob = new BlobServiceClient(env.Azurite.ConnectionString).GetBlobContainerClient("release-evidence").GetBlobClient("chat/1.2.3/assessment.pdf");
            Assert.Equal("application/pdf", (await blob.GetPropertiesAsync()).Value.ContentType);

            // The function takes the message the cmdlet sent, as the queue trigger would (decoded).
            var message = Assert.Single((await queue.ReceiveMessagesAsync(32)).Value);
            Assert.Equal(receipt.RootElement.GetProperty("MessageId").GetString(), message.MessageId);
            Assert.Equal("chat-1.2.3-production", DeploymentEventReader.Read(message.Body.ToString()).Id);
            await app.Get<DeploymentEvents>().RunAsync(message.Body.ToString(), CancellationToken.None);
            // The host deletes a message its function completed; left, it would come back once its visibility timeout
            // ends (30 s, less than a pwsh start on a loaded machine) and be taken for the resend below.
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);

            var completion = Assert.Single(await app.Services.GetRequiredService<IComplianceEvidence>().GetCompletionsAsync("chat", CancellationToken.None));
            Assert.Equal("sa-security-assessment", completion.ObligationId);
            Assert.Equal("closed", env.GitHub.Issues(Repo).Single(i => i.Number == assessment.Number).State);
            var events = await app.Services.GetRequiredService<IServiceEventStore>().GetAsync("chat", CancellationToken.None);
            Assert.Equal(Core.Profiles.ServiceEventType.FunctionAdded, Assert.Single(events).Event.Type);

            // Sending the same release again uploads nothing new (same bytes) and the function applies it once.
            var again = RunModule(env.Azurite.ConnectionString, send + " | ConvertTo-Json -Compress");
            Assert.True(again.ExitCode == 0, again.Output);
            var repeat = Assert.Single((await queue.ReceiveMessagesAsync(32)).Value);
            await app.Get<DeploymentEvents>().RunAsync(repeat.Body.ToString(), CancellationToken.None);
            Assert.Single(await app.Services.GetRequiredService<IComplianceEvidence>().GetCompletionsAsync("chat", CancellationToken.None));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_bad_event_is_refused_before_anything_is_written()
    {
        var run = RunModule("UseDevelopmentStorage=true", "Send-DeploymentEvent chat -Version 1 -TargetEnvironment Production -Change @{ type = 'function-removed' } -Evidence @{ obligation = 'no-such-obligation'; path = './missing.pdf' } -ConnectionString $env:AIREGOPS_TEST_STORAGE");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("unknown type 'function-removed'", run.Output, StringComparison.Ordinal);
        Assert.Contains("DeploymentEventInvalid", run.Output, StringComparison.Ordinal);
    }

    /// <summary>The repository's pwsh with the laid-out module imported; the connection string travels in the environment.</summary>
    internal static (int ExitCode, string Output) RunModule(string connectionString, string command)
    {
        var root = RepositoryRoot.Find();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var script = $"$ErrorActionPreference = 'Stop'; Import-Module '{Path.Combine(root, "out", "AiRegOps", "AiRegOps.psd1")}'; try {{ {command} }} catch {{ Write-Output \"$($_.FullyQualifiedErrorId): $($_.Exception.Message)\"; exit 1 }}";
        foreach (var argument in new[] { "pwsh", "-NoProfile", "-NonInteractive", "-Command", script })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["AIREGOPS_TEST_STORAGE"] = connectionString;
        start.Environment["NO_COLOR"] = "1";
        start.Environment["POWERSHELL_TELEMETRY_OPTOUT"] = "1";
        start.Environment["POWERSHELL_UPDATECHECK"] = "Off";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        // A guard against a hung process, not a timing assertion.
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.GetAwaiter().GetResult());
    }
}
