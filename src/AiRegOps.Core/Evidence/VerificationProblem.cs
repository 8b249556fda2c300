namespace AiRegOps.Core.Evidence;

/// <summary>One thing verification found wrong, naming the service, the entry (by sequence number and stored position) and the blob.</summary>
public sealed record VerificationProblem
{
    public required VerificationProblemKind Kind { get; init; }
    public VerificationSeverity Severity { get; init; } = VerificationSeverity.Error;
    public string? Service { get; init; }

    /// <summary>The entry's sequence number (1-based), when known.</summary>
    public long? Sequence { get; init; }

    /// <summary>Where the entry is stored (line number, row key), when it is about a stored entry.</summary>
    public string? Position { get; init; }

    public string? BlobName { get; init; }
    public required string Message { get; init; }

    public override string ToString() => $"{Severity} {Kind}: {Message}";
}
