namespace AiRegOps.Core.Evidence;

/// <param name="Applied">Whether the store made the blob immutable as asked.</param>
/// <param name="Detail">What was applied, or why not (e.g. "the storage emulator does not implement immutability").</param>
public sealed record ImmutabilityResult(bool Applied, string Detail)
{
    public static ImmutabilityResult NotRequested { get; } = new(false, "no immutability was requested");
}
