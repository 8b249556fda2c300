namespace AiRegOps.Core.Profiles;

/// <summary>Where something was read from: a file and a 1-based line and column.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
