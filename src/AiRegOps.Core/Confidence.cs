namespace AiRegOps.Core;

/// <summary>How sure we are of a legal fact, using the marks of regulatory-facts.md.</summary>
public enum Confidence
{
    /// <summary>Looked for and not found in any source; the fact is a gap, not a claim.</summary>
    NotFound = 0,

    /// <summary>Inferred or recalled from the official text, not verified ([INF]).</summary>
    Unverified = 1,

    /// <summary>Confirmed by one source ([1]).</summary>
    SingleSource = 2,

    /// <summary>Confirmed by two or more independent sources ([2+]), or read in the official text we ship.</summary>
    Confirmed = 3,
}
