namespace AiRegOps.Core.Safety;

/// <summary>
/// Limits on untrusted input. Reaching one stops reading and fails the whole measurement (fail closed): a result over
/// part of a file would look like a result over all of it.
/// </summary>
public sealed record SafetyLimits
{
    /// <summary>Largest input file, in bytes. Default 4 GiB (a million judgements are about 100 MB).</summary>
    public long MaxBytes { get; init; } = 4L << 30;

    /// <summary>Most lines in one file. Default 20 million.</summary>
    public long MaxLines { get; init; } = 20_000_000;

    /// <summary>Longest line, in bytes. Default 16 KiB.</summary>
    public int MaxLineBytes { get; init; } = 16 * 1024;

    /// <summary>Longest id, topic, source or keyword, in bytes. Default 512.</summary>
    public int MaxValueBytes { get; init; } = 512;

    /// <summary>Most distinct topics in the should-not-refuse bank. Default 10,000.</summary>
    public int MaxTopics { get; init; } = 10_000;

    /// <summary>Most distinct corpus sources. Default 100,000.</summary>
    public int MaxSources { get; init; } = 100_000;

    /// <summary>Errors listed before the rest are only counted. Default 100.</summary>
    public int MaxErrors { get; init; } = 100;

    public static SafetyLimits Default { get; } = new();
}
