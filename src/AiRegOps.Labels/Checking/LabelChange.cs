namespace AiRegOps.Labels.Checking;

/// <summary>One file compared across two scans.</summary>
public sealed record LabelChange
{
    public required string RelativePath { get; init; }
    public required LabelChangeKind Change { get; init; }

    /// <summary>Removed, Changed and Forged breach Labelling Measures Art. 10.</summary>
    public bool IsViolation => Change is LabelChangeKind.Removed or LabelChangeKind.Changed or LabelChangeKind.Forged;

    public required string Message { get; init; }
    public AigcLabelResult? Before { get; init; }
    public AigcLabelResult? After { get; init; }
    public string Clause { get; init; } = "Labelling Measures Art. 10 [2+]";
}
