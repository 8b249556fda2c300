namespace AiRegOps.Core.Evidence;

/// <summary>How a stored blob is protected against deletion and change beyond "never overwritten".</summary>
/// <param name="LegalHold">Set a legal hold (until cleared by an administrator).</param>
/// <param name="RetainFor">Time-based retention from the time of the add (unlocked policy).</param>
public sealed record ImmutabilityPolicy(bool LegalHold = false, TimeSpan? RetainFor = null)
{
    public bool IsNone => !LegalHold && RetainFor is null;

    public static ImmutabilityPolicy None { get; } = new();
}
