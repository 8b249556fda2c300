namespace AiRegOps.Core.Profiles;

/// <summary>Where something was read from: a file and a 1-based line and column.</summary>
/// <remarks>
/// A class, not a struct: every profile read keeps a dictionary of these by path, and collections over a struct of
/// ours are generic code ReadyToRun cannot precompile, which a PowerShell session compiled on its first profile.
/// </remarks>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
