using System.Text.Json;
using AiRegOps.Azure.Labels;
using AiRegOps.Core.Evidence;
using AiRegOps.Core.Reminders;
using AiRegOps.Functions.Functions;
using AiRegOps.Functions.Tests.Infrastructure;
using AiRegOps.GitHub.Tests.Fake;
using AiRegOps.Labels.Tests.Corpus;
using AiRegOps.Tests.Shared.Labels;
using AiRegOps.Tests.Shared.Watch;
using Azure.Core;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.DependencyInjection;

namespace AiRegOps.Functions.Tests.Labels;

/// <summary>
/// The blob label check as the host runs it: blobs uploaded to Azurite, the Event Grid (or pipeline) message handed
/// to the queue function, the fake GitHub on 127.0.0.1. The read counts are the requests Azurite received.
/// </summary>
public sealed class BlobLabelCheckTests
{
    private const string Repo = "octo-org/studio";
    private const string Images = "ai-images";
    private const string Audio = "ai-audio";
    private const string Watch = "ai-images=chat,ai-audio=draw";
    private const string Obligation = "label-implicit-metadata";

    static BlobLabelCheckTests()
    {
        // 512 KiB of media: a whole-blob download would show, and the PNG's label sits after it (the worst case).
        CorpusCarriers.MediaBytes = 512 * 1024;
        CorpusCarriers.IdatBytes = 8 * 1024;
    }

    [Fact]
    public async Task New_blobs_are_checked_with_ranged_reads_recorded_as_evidence_and_reminded_once_per_service_and_redelivery_changes_nothing()
    {
        await using var env = await StartAsync();
        var counter = new RangedReadCounter();
        var app = NewInstance(env, counter);
        await env.WatchAndApplyAsync(app);

        var blobs = new (string Container, string Name, string Carrier, string[] Labels)[]
        {
            (Images, "2026/12/cat.png", "png-text-tail", [Variants.Valid]),
            (Images, "2026/12/dog.png", "png-xmp-head", []),
            (Audio, "take 1/voice.wav", "wav-chunk-tail", [Variants.WrongLabel]),
        };
        var messages = new List<string>();
        foreach (var (container, name, carrier, labels) in blobs)
        {
            var etag = await UploadAsync(env, container, name, carrier, labels);
            messages.Add(LabelMessages.EventGrid(container, name, etag));
        }

        foreach (var message in messages)
        {
            await app.Get<BlobLabelChecks>().RunAsync(message, CancellationToken.None);
        }

        // At most three ranged reads per blob, never a whole download.
        foreach (var (container, name, _, _) in blobs)
        {
            Assert.InRange(counter.Ranged(container, name), 1, BlobLabelChecker.Windows.Count);
            Assert.Equal(0, counter.Whole(container, name));
        }

        // One scan per blob version, recorded for the labelling obligation of the container's service.
        var evidence = app.Services.GetRequiredService<EvidenceService>();
        var records = await evidence.QueryAsync(new EvidenceQuery { ObligationId = Obligation });
        Assert.Equal(3, records.Count);
        Assert.Equal(["chat", "chat", "draw"], records.Select(r => r.Service).Order(StringComparer.Ordinal));
        var dog = records.Single(r => r.Metadata.Note!.Contains("dog.png", StringComparison.Ordinal));
        using (var scan = await JsonDocument.ParseAsync(await evidence.OpenReadAsync(dog.Hash)))
        {
            Assert.Equal("2026/12/dog.png", scan.RootElement.GetProperty("blob").GetProperty("name").GetString());
            Assert.Equal("NotFound", scan.RootElement.GetProperty("scan").GetProperty("results")[0].GetProperty("Verdict").GetString());
        }

        // Exactly one reminder per service, listing its failing files only.
        var reminders = LabelReminders(env);
        Assert.Equal(2, reminders.Count);
        var chat = Assert.Single(reminders, i => Marker(i).Contains("service=chat", StringComparison.Ordinal));
        var draw = Assert.Single(reminders, i => Marker(i).Contains("service=draw", StringComparison.Ordinal));
        Assert.All(reminders, i => Assert.Equal("open", i.State));
        // Names are markdown-escaped in the body ("dog\.png"): a blob name can never format, link or mention.
        Assert.Contains(MarkdownText.Escape("ai-images/2026/12/dog.png"), chat.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(MarkdownText.Escape("cat.png"), chat.Body, StringComparison.Ordinal);
        Assert.Contains(MarkdownText.Escape("take 1/voice.wav"), draw.Body, StringComparison.Ordinal);
        Assert.Contains("Noncompliant", draw.Body, StringComparison.Ordinal);
        Assert.Contains($"obligation={Obligation}", Marker(chat), StringComparison.Ordinal);

        // Every message again (at-least-once delivery): no evidence, no GitHub write, no second issue.
        env.GitHub.ResetCounts();
        foreach (var message in messages)
        {
            await app.Get<BlobLabelChecks>().RunAsync(message, CancellationToken.None);
        }

        Assert.Equal(0, env.GitHub.Writes);
        Assert.Equal(3, (await evidence.QueryAsync(new EvidenceQuery { ObligationId = Obligation })).Count);
        Assert.Equal(2, LabelReminders(env).Count);

        // A second app instance (scale-out) receiving a copy changes nothing either.
        await env.NewInstance(settings: s => s["AiRegOps:LabelWatch"] = Watch).Get<BlobLabelChecks>().RunAsync(messages[1], CancellationToken.None);
        Assert.Equal(0, env.GitHub.Writes);
        FunctionFlowTests.AssertNoSecrets(env);
    }

    [Fact]
    public async Task A_fixed_version_closes_the_services_reminder_and_the_daily_sweep_keeps_the_other_open()
    {
        await using var env = await StartAsync();
        var app = NewInstance(env, new RangedReadCounter());
        await env.WatchAndApplyAsync(app);
        var dogTag = await UploadAsync(env, Images, "dog.png", "png-xmp-head", []);
        var voiceTag = await UploadAsync(env, Audio, "voice.wav", "wav-chunk-tail", [Variants.WrongLabel]);
        await app.Get<BlobLabelChecks>().RunAsync(LabelMessages.EventGrid(Images, "dog.png", dogTag), CancellationToken.None);
        await app.Get<BlobLabelChecks>().RunAsync(LabelMessages.EventGrid(Audio, "voice.wav", voiceTag), CancellationToken.None);
        Assert.All(LabelReminders(env), i => Assert.Equal("open", i.State));

        // The sweep plans the label reminders with the schedule's: it neither closes nor duplicates them.
        await app.Get<ObligationSweep>().RunAsync(FunctionsEnvironment.Timer(), CancellationToken.None);
        Assert.Equal(["open", "open"], LabelReminders(env).Select(i => i.State));

        // The pipeline re-exports dog.png with a label and says so with a plain message.
        await UploadAsync(env, Images, "dog.png", "png-xmp-head", [Variants.Valid]);
        await app.Get<BlobLabelChecks>().RunAsync(LabelMessages.Plain(Images, "dog.png", "chat"), CancellationToken.None);

        var reminders = LabelReminders(env);
        Assert.Equal("closed", Assert.Single(reminders, i => Marker(i).Contains("service=chat", StringComparison.Ordinal)).State);
        Assert.Equal("open", Assert.Single(reminders, i => Marker(i).Contains("service=draw", StringComparison.Ordinal)).State);

        await app.Get<ObligationSweep>().RunAsync(FunctionsEnvironment.Timer(), CancellationToken.None);
        Assert.Equal(2, LabelReminders(env).Count);
        Assert.Equal("open", LabelReminders(env).Single(i => Marker(i).Contains("service=draw", StringComparison.Ordinal)).State);
    }

    [Fact]
    public async Task Messages_for_other_containers_services_or_paths_are_refused_before_anything_is_read_or_recorded()
    {
        await using var env = await StartAsync();
        var counter = new RangedReadCounter();
        var app = NewInstance(env, counter);
        await env.WatchAndApplyAsync(app);
        await UploadAsync(env, Images, "dog.png", "png-xmp-head", []);
        await UploadAsync(env, "evidence-copy", "dog.png", "png-xmp-head", []);

        foreach (var message in new[]
        {
            LabelMessages.Plain(Images, "dog.png", "draw"),
            LabelMessages.EventGrid("evidence-copy", "dog.png"),
            LabelMessages.EventGrid(Images, "../evidence-copy/dog.png"),
            LabelMessages.EventGrid(Images, "dog.png", type: "Microsoft.Storage.BlobDeleted"),
        })
        {
            var ex = await Assert.ThrowsAsync<LabelCheckMessageException>(() => app.Get<BlobLabelChecks>().RunAsync(message, CancellationToken.None));
            Assert.StartsWith("Invalid label-check message: $.", ex.Message, StringComparison.Ordinal);
        }

        Assert.Equal(0, counter.Ranged(Images, "dog.png") + counter.Ranged("evidence-copy", "dog.png"));
        Assert.Empty(await app.Services.GetRequiredService<EvidenceService>().QueryAsync(new EvidenceQuery { ObligationId = Obligation }));
        Assert.Empty(LabelReminders(env));
        Assert.Contains(env.Logs.Lines, l => l.Contains("BlobLabelChecks: rejected: Invalid label-check message: $.service", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_blob_deleted_before_its_check_records_nothing()
    {
        await using var env = await StartAsync();
        var app = NewInstance(env, new RangedReadCounter());
        await env.WatchAndApplyAsync(app);
        await new BlobContainerClient(env.Azurite.ConnectionString, Images).CreateIfNotExistsAsync();

        await app.Get<BlobLabelChecks>().RunAsync(LabelMessages.EventGrid(Images, "gone.png"), CancellationToken.None);

        Assert.Empty(await app.Services.GetRequiredService<EvidenceService>().QueryAsync(new EvidenceQuery { ObligationId = Obligation }));
        Assert.Empty(LabelReminders(env));
        Assert.Contains(env.Logs.Lines, l => l.Contains("the blob is gone", StringComparison.Ordinal));
    }

    private static async Task<FunctionsEnvironment> StartAsync()
    {
        var env = await FunctionsEnvironment.StartAsync();
        env.GitHub.Repository(Repo).Files["airegops.yml"] = TestProfiles.Many(["chat", "draw"]);
        env.Repositories.Add(Repo);
        return env;
    }

    private static FunctionsEnvironment.Instance NewInstance(FunctionsEnvironment env, RangedReadCounter counter) =>
        env.NewInstance(
            settings: s => s["AiRegOps:LabelWatch"] = Watch,
            services: s => s.AddAzureClients(b => b.ConfigureDefaults(o => o.AddPolicy(counter, HttpPipelinePosition.PerRetry))));

    private static async Task<string> UploadAsync(FunctionsEnvironment env, string container, string name, string carrier, string[] labels)
    {
        var client = new BlobContainerClient(env.Azurite.ConnectionString, container);
        await client.CreateIfNotExistsAsync();
        CorpusCarriers.MediaBytes = 512 * 1024; // per thread, and this one may not be the constructor's after an await
        var bytes = CorpusCarriers.All.Single(c => c.Name == carrier).Build(labels, true);
        var uploaded = await client.GetBlobClient(name).UploadAsync(new BinaryData(bytes), overwrite: true);
        return uploaded.Value.ETag.ToString();
    }

    private static List<FakeIssue> LabelReminders(FunctionsEnvironment env) =>
        [.. env.GitHub.Issues(Repo).Where(i => Marker(i).Contains($"period={LabelReminderSource.PeriodKey}", StringComparison.Ordinal)).OrderBy(i => i.Number)];

    private static string Marker(FakeIssue issue) => (issue.Body ?? string.Empty).Split('\n')[0];
}
