namespace AiRegOps.Core.Watch;

/// <summary>A watcher-events message that cannot be read; it is never retried into success, so it ends in the poison queue.</summary>
public sealed class WatcherMessageException : Exception
{
    public WatcherMessageException(string message)
        : base(message)
    {
    }

    public WatcherMessageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public WatcherMessageException()
    {
    }
}
