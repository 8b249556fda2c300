using AiRegOps.Labels.Checking;
using Azure;

namespace AiRegOps.Azure.Labels;

/// <summary>The label of one blob version: the verdict, the version (ETag) every read was made against, and the reads.</summary>
public sealed record BlobLabelCheck
{
    /// <summary>The verdict, or null when the blob no longer exists.</summary>
    public AigcLabelResult? Result { get; init; }

    public ETag ETag { get; init; }

    /// <summary>The ranged reads made (at most <see cref="BlobLabelChecker.Windows"/>.Count).</summary>
    public int Reads { get; init; }

    public bool Found => Result is not null;
}
