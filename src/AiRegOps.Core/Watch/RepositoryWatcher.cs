using System.Security.Cryptography;
using System.Text;
using AiRegOps.Core.Calendar;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Profiles.Loading;

namespace AiRegOps.Core.Watch;

/// <summary>
/// Reads each watched repository's profile file, compares it with what it saw last time, and sends the differences on
/// as events. The snapshot is saved only after the message is sent, so a run that dies in between finds the change
/// again; the event ids come from the file's sha, so finding it twice records it once.
/// </summary>
public sealed class RepositoryWatcher
{
    private readonly IProfileFileReader reader;
    private readonly IWatcherStateStore state;
    private readonly IWatcherEventSink sink;
    private readonly TimeProvider time;

    public RepositoryWatcher(IProfileFileReader reader, IWatcherStateStore state, IWatcherEventSink sink, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(time);
        this.reader = reader;
        this.state = state;
        this.sink = sink;
        this.time = time;
    }

    public async Task<WatchResult> WatchAsync(IEnumerable<WatchedRepository> repositories, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(repositories);
        var sent = new List<WatcherEventMessage>();
        var errors = new List<string>();
        var count = 0;
        foreach (var watched in repositories)
        {
            count++;
            try
            {
                if (await WatchOneAsync(watched, cancellationToken).ConfigureAwait(false) is { } message)
                {
                    sent.Add(message);
                }
            }
            catch (ProfileValidationException ex)
            {
                // A broken profile must not stop the others, nor erase what was last seen: reminders keep the last good file.
                errors.Add($"{watched}: the profile is invalid; the last valid version stays in use. {ex.Message}");
            }
            catch (Exception ex) when (ex is not OperationCanceledException && IsReadFailure(ex))
            {
                errors.Add($"{watched}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        return new WatchResult { Repositories = count, Sent = sent, Errors = errors };
    }

    /// <summary>Watches one repository; returns the message sent, or null when the file did not change.</summary>
    public async Task<WatcherEventMessage?> WatchOneAsync(WatchedRepository watched, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(watched);
        var previous = await state.GetAsync(watched.Repository, watched.Path, cancellationToken).ConfigureAwait(false);
        var file = await reader.ReadAsync(watched.Repository, watched.Path, cancellationToken).ConfigureAwait(false);
        var sha = file?.Sha ?? string.Empty;
        if (previous is not null && string.Equals(previous.Sha, sha, StringComparison.Ordinal))
        {
            return null;
        }

        if (previous is null && file is null)
        {
            // Never seen, still absent: nothing to remember and nothing terminated.
            return null;
        }

        var source = $"{watched.Repository}:{watched.Path}";
        var after = file is null ? [] : ServiceProfileReader.ReadYaml(file.Yaml, file.SourceName);
        var before = previous is null || previous.Yaml.Length == 0 ? [] : ServiceProfileReader.ReadYaml(previous.Yaml, previous.SourceName);
        var today = ChinaTime.Today(time);

        // The first sight of a file is a baseline, not a change: its services' launch dates start their deadlines.
        var changes = previous is null ? [] : ProfileDiff.Compare(before, after, today);
        var message = new WatcherEventMessage
        {
            Repository = watched.Repository,
            Path = watched.Path,
            Sha = sha,
            Events = [.. changes.Select(c => new RecordedServiceEvent
            {
                Id = EventId(watched, sha, c),
                Service = c.Service,
                Event = c.Event,
                Source = $"watch {source}@{(sha.Length > 7 ? sha[..7] : sha)}",
            })],
        };

        await sink.SendAsync(message, cancellationToken).ConfigureAwait(false);
        await state.SaveAsync(
            new ProfileSnapshot
            {
                Repository = watched.Repository,
                Path = watched.Path,
                Sha = sha,
                Yaml = file?.Yaml ?? string.Empty,
                Services = [.. after.Select(p => p.Name)],
                Retired = Retire(previous, before, after),
                SeenAt = time.GetUtcNow(),
            },
            cancellationToken).ConfigureAwait(false);
        return message;
    }

    /// <summary>The services gone from the file, old and new; one that comes back is no longer retired.</summary>
    private static List<RetiredService> Retire(ProfileSnapshot? previous, IReadOnlyList<ServiceProfile> before, IReadOnlyList<ServiceProfile> after)
    {
        var present = after.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var retired = (previous?.Retired ?? []).Where(r => !present.Contains(r.Service)).ToList();
        foreach (var gone in before.Where(p => !present.Contains(p.Name)))
        {
            retired.RemoveAll(r => r.Service == gone.Name);
            retired.Add(new RetiredService(gone.Name, previous!.Yaml, previous.SourceName));
        }

        return retired;
    }

    /// <summary>
    /// Stable across runs for the same file version: the date is left out so a change found again on a later day is
    /// still the same event.
    /// </summary>
    private static string EventId(WatchedRepository watched, string sha, ProfileChange change)
    {
        var text = $"{watched.Repository}|{watched.Path}|{sha}|{change.Service}|{ProfileVocabulary.EventTypes.ToName(change.Event.Type)}|{change.Event.Feature}";
        return "watch-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    /// <summary>Failures of one repository's read (network, API, not found) that should not stop the others.</summary>
    private static bool IsReadFailure(Exception ex) => ex is not (ArgumentException or NullReferenceException);
}
