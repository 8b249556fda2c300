namespace AiRegOps.Labels.Reading;

/// <summary>
/// Thrown by a reader without a synchronous source (a blob) when it needs bytes it does not hold yet: the caller
/// fetches them asynchronously and runs the (cheap, pure) carrier reader again.
/// </summary>
public sealed class RangeNeededException : Exception
{
    public RangeNeededException(long offset, int count)
        : base($"bytes {offset}..{offset + count} are needed")
    {
        Offset = offset;
        Count = count;
    }

    public RangeNeededException()
    {
    }

    public RangeNeededException(string message)
        : base(message)
    {
    }

    public RangeNeededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public long Offset { get; }
    public int Count { get; }
}
