namespace AiRegOps.Core.Watch;

/// <summary>Processed message ids in memory: the reference for the Azure Table store.</summary>
public sealed class InMemoryProcessedMessageStore : IProcessedMessageStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, (string Fingerprint, bool Completed)> messages = new(StringComparer.Ordinal);

    public Task<MessageStatus> BeginAsync(string id, string fingerprint, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!messages.TryGetValue(id, out var entry))
            {
                messages.Add(id, (fingerprint, false));
                return Task.FromResult(MessageStatus.Process);
            }

            return Task.FromResult(entry.Fingerprint != fingerprint ? MessageStatus.Conflict
                : entry.Completed ? MessageStatus.AlreadyProcessed : MessageStatus.Process);
        }
    }

    public Task CompleteAsync(string id, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (messages.TryGetValue(id, out var entry))
            {
                messages[id] = (entry.Fingerprint, true);
            }
        }

        return Task.CompletedTask;
    }
}
