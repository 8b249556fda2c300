namespace AiRegOps.Core.Evidence;

/// <summary>Stored content no longer has the hash it is stored under.</summary>
public sealed class EvidenceIntegrityException : EvidenceException
{
    public EvidenceIntegrityException()
    {
    }

    public EvidenceIntegrityException(string message)
        : base(message)
    {
    }

    public EvidenceIntegrityException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public EvidenceIntegrityException(string blobName, ContentHash expected, ContentHash actual, long size)
        : base($"Blob '{blobName}' does not match its hash: expected {expected.Hex}, read {actual.Hex} ({size} bytes). It was changed after it was stored.")
    {
        BlobName = blobName;
        Expected = expected;
        Actual = actual;
    }

    public string? BlobName { get; }
    public ContentHash? Expected { get; }
    public ContentHash? Actual { get; }
}
