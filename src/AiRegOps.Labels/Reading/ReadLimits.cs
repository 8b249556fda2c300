namespace AiRegOps.Labels.Reading;

/// <summary>
/// The bounds on reading one untrusted file: a malformed file ends as Inconclusive when it would cross one, never
/// as a hang or an exhausted process. The defaults read a label at the head within 16 KiB.
/// </summary>
public sealed record ReadLimits
{
    public static ReadLimits Default { get; } = new();

    /// <summary>How much one read fetches at least: small enough that a head-placed label costs one read.</summary>
    public int WindowBytes { get; init; } = 16 * 1024;

    /// <summary>At most this many reads per file.</summary>
    public int MaxReads { get; init; } = 4096;

    /// <summary>At most this many bytes read per file.</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The largest single metadata item read whole (an XMP packet, a comment block, custom.xml).</summary>
    public int MaxItemBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>At most this many structure elements (boxes, chunks, frames, pages) walked per file.</summary>
    public int MaxElements { get; init; } = 100_000;
}
