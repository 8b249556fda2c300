namespace AiRegOps.Core.Watch;

/// <summary>
/// Remembers deployment-event ids so a message delivered twice changes nothing twice. The id is recorded (with a
/// fingerprint of the content) before any side effect, and marked completed after the last one.
/// </summary>
public interface IProcessedMessageStore
{
    /// <summary>Records <paramref name="id"/> if new (insert-if-not-exists) and says whether to process it.</summary>
    Task<MessageStatus> BeginAsync(string id, string fingerprint, CancellationToken cancellationToken);

    /// <summary>Marks <paramref name="id"/> completed: later deliveries are <see cref="MessageStatus.AlreadyProcessed"/>.</summary>
    Task CompleteAsync(string id, CancellationToken cancellationToken);
}
