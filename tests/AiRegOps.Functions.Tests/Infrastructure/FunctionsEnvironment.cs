using AiRegOps.Tests.Shared;
using AiRegOps.Core.Reminders;
using AiRegOps.Core.Watch;
using AiRegOps.Functions.Functions;
using AiRegOps.Functions.Hosting;
using AiRegOps.GitHub.Tests.Fake;
using AiRegOps.GitHub.Tests.Support;
using Azure.Storage.Queues;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AiRegOps.Functions.Tests.Infrastructure;

/// <summary>
/// What the Functions host would give the app, without the host: Azurite for storage, the fake GitHub, one instant
/// clock. Each <see cref="NewInstance"/> is a separate app instance (its own service provider, pacer and lock holder)
/// sharing that storage and GitHub, as two instances of a scaled-out app do.
/// </summary>
internal sealed class FunctionsEnvironment : IAsyncDisposable
{
    /// <summary>Recognisable so tests can prove it never leaks.</summary>
    public const string Token = "ghp_AIREGOPSFUNCTIONSFAKETOKEN0123456789DONOTLEAK";
    public const string DeploymentQueue = "deployment-events";
    public const string WatcherQueue = "watcher-events";
    public const string LabelQueue = "blob-label-checks";

    private readonly List<ServiceProvider> providers = [];

    private FunctionsEnvironment(AzuriteProcess azurite, FakeGitHubServer github, InstantClock clock)
    {
        Azurite = azurite;
        GitHub = github;
        Clock = clock;
    }

    public AzuriteProcess Azurite { get; }
    public FakeGitHubServer GitHub { get; }
    public InstantClock Clock { get; }
    public CapturingLoggerProvider Logs { get; } = new();
    public List<string> Repositories { get; } = [];

    public static async Task<FunctionsEnvironment> StartAsync(DateTimeOffset? now = null)
    {
        var clock = new InstantClock();
        if (now is { } at)
        {
            clock.SetUtcNow(at);
        }

        var azurite = await AzuriteProcess.StartAsync();
        var github = await FakeGitHubServer.StartAsync(clock);
        return new FunctionsEnvironment(azurite, github, clock);
    }

    public Dictionary<string, string?> Settings() => new()
    {
        [StorageConnection.Name] = Azurite.ConnectionString,
        ["ObligationSweepSchedule"] = "0 0 1 * * *",
        ["RepositoryWatchSchedule"] = "0 */30 * * * *",
        ["DeploymentEventsQueue"] = DeploymentQueue,
        ["WatcherEventsQueue"] = WatcherQueue,
        ["LabelChecksQueue"] = LabelQueue,
        ["AiRegOps:WatchedRepositories"] = string.Join(',', Repositories),
        ["AiRegOps:GitHubToken"] = Token,
        ["AiRegOps:GitHubBaseUrl"] = GitHub.BaseUrl.ToString(),
    };

    public Instance NewInstance(WritePacerOptions? pacer = null, Action<Dictionary<string, string?>>? settings = null, Action<IServiceCollection>? services = null)
    {
        var values = Settings();
        settings?.Invoke(values);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var collection = new ServiceCollection();
        collection.AddLogging(b => b.ClearProviders().AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        collection.AddSingleton<TimeProvider>(Clock);
        collection.AddAiRegOps(configuration);
        if (pacer is not null)
        {
            collection.AddSingleton(new WritePacer(Clock, pacer));
        }

        services?.Invoke(collection);
        var provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = true });
        providers.Add(provider);
        return new Instance(provider);
    }

    /// <summary>Takes every message on the watcher-events queue (as the trigger would, decoded) and deletes it.</summary>
    public async Task<List<string>> DrainWatcherQueueAsync()
    {
        var queue = new QueueClient(Azurite.ConnectionString, WatcherQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await queue.CreateIfNotExistsAsync();
        var messages = new List<string>();
        while (true)
        {
            var batch = (await queue.ReceiveMessagesAsync(32)).Value;
            if (batch.Length == 0)
            {
                return messages;
            }

            foreach (var message in batch)
            {
                messages.Add(message.Body.ToString());
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }
    }

    /// <summary>The watcher run and the queue trigger it feeds, as the host would run them.</summary>
    public async Task<List<string>> WatchAndApplyAsync(Instance instance)
    {
        await instance.Get<RepositoryWatch>().RunAsync(Timer(), CancellationToken.None);
        var messages = await DrainWatcherQueueAsync();
        foreach (var message in messages)
        {
            await instance.Get<WatcherEvents>().RunAsync(message, CancellationToken.None);
        }

        return messages;
    }

    public static TimerInfo Timer(bool pastDue = false) => new() { IsPastDue = pastDue, ScheduleStatus = new ScheduleStatus() };

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in providers)
        {
            await provider.DisposeAsync();
        }

        await GitHub.DisposeAsync();
        await Azurite.DisposeAsync();
    }

    /// <summary>One app instance: its function classes, built by the app's own registration.</summary>
    internal sealed class Instance(ServiceProvider provider)
    {
        public IServiceProvider Services => provider;

        public T Get<T>()
            where T : notnull => provider.GetService<T>() ?? ActivatorUtilities.CreateInstance<T>(provider);
    }
}
