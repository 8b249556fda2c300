namespace AiRegOps.Core.Evidence;

/// <summary>The outcome of verifying ledgers and blobs.</summary>
public sealed record VerificationReport
{
    public required IReadOnlyList<VerificationProblem> Problems { get; init; }
    public required IReadOnlyList<string> Services { get; init; }
    public long EntriesChecked { get; init; }
    public long BlobsChecked { get; init; }
    public TimeSpan Elapsed { get; init; }

    /// <summary>True when nothing was changed, removed or reordered and every blob matches (warnings allowed).</summary>
    public bool IsValid => !Problems.Any(p => p.Severity == VerificationSeverity.Error);

    public IEnumerable<VerificationProblem> Errors => Problems.Where(p => p.Severity == VerificationSeverity.Error);

    public override string ToString() =>
        $"{(IsValid ? "valid" : "INVALID")}: {Services.Count} service(s), {EntriesChecked} entries, {BlobsChecked} blobs, {Problems.Count} problem(s)";
}
