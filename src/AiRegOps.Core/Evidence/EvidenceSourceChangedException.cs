namespace AiRegOps.Core.Evidence;

/// <summary>
/// The content read to store it differs from the content read to hash it (the file or stream changed in between).
/// Nothing was stored under either hash and nothing was recorded: evidence is only ever stored under the hash of the
/// bytes actually stored.
/// </summary>
public sealed class EvidenceSourceChangedException : EvidenceException
{
    public EvidenceSourceChangedException()
    {
    }

    public EvidenceSourceChangedException(string message)
        : base(message)
    {
    }

    public EvidenceSourceChangedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public EvidenceSourceChangedException(ContentHash hashed, long size, string change)
        : base($"The evidence changed while it was being stored: it hashed to {hashed.Hex} ({size} bytes), then {change}. Nothing was stored or recorded; add it again once it no longer changes.")
    {
        Hashed = hashed;
    }

    /// <summary>The hash of the first read.</summary>
    public ContentHash? Hashed { get; }
}
