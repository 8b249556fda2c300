using AiRegOps.Core.Reminders;
using AiRegOps.GitHub.Tests.Fake;
using Octokit;

namespace AiRegOps.GitHub.Tests.Support;

/// <summary>A fake GitHub on an instant clock, an Octokit client signed in with a recognisable fake token, and helpers.</summary>
internal sealed class Harness : IAsyncDisposable
{
    /// <summary>Recognisable so tests can prove it never leaks.</summary>
    public const string Token = "ghp_AIREGOPSFAKETOKEN0123456789abcdefDONOTLEAK";

    private Harness(InstantClock clock, FakeGitHubServer server)
    {
        Clock = clock;
        Server = server;
        Logger = new CapturingLogger();
        Pacer = new WritePacer(clock);
        Queue = new InMemoryReminderWorkQueue(clock);
        Client = NewClient();
    }

    public InstantClock Clock { get; }
    public FakeGitHubServer Server { get; }
    public CapturingLogger Logger { get; }
    public WritePacer Pacer { get; }
    public InMemoryReminderWorkQueue Queue { get; }
    public IGitHubClient Client { get; }

    public GitHubConnectionOptions Connection => new() { BaseUrl = Server.BaseUrl, Auth = GitHubAuth.FromToken(Token) };

    public static async Task<Harness> StartAsync()
    {
        var clock = new InstantClock();
        var server = await FakeGitHubServer.StartAsync(clock);
        return new Harness(clock, server);
    }

    public IGitHubClient NewClient() => GitHubClientFactory.Create(Connection, Clock);

    public GitHubReminderTracker Tracker(IGitHubClient? client = null, WritePacer? pacer = null) =>
        new(client ?? Client, Clock, pacer ?? Pacer, Logger);

    public ReminderSynchronizer Synchronizer(ReminderSyncOptions? options = null, IGitHubClient? client = null, WritePacer? pacer = null, IReminderWorkQueue? queue = null) =>
        new(Tracker(client, pacer ?? Pacer), queue ?? Queue, pacer ?? Pacer, Clock, options);

    /// <summary>Runs queued work, moving the clock to each run's resume time, until nothing is left.</summary>
    public async Task<(int Runs, int Opened, int Updated, int Closed, int Recovered)> RunToCompletionAsync(ReminderSynchronizer synchronizer, int maxRuns = 1000)
    {
        var (opened, updated, closed, recovered) = (0, 0, 0, 0);
        for (var runs = 1; runs <= maxRuns; runs++)
        {
            var result = await synchronizer.RunAsync(CancellationToken.None);
            (opened, updated, closed, recovered) = (opened + result.Opened, updated + result.Updated, closed + result.Closed, recovered + result.Recovered);
            if (result.Remaining == 0)
            {
                return (runs, opened, updated, closed, recovered);
            }

            Clock.MoveTo(result.ResumeAt ?? Clock.GetUtcNow());
        }

        throw new InvalidOperationException($"Work left after {maxRuns} runs.");
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
