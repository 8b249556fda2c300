namespace AiRegOps.Labels.Checking;

/// <summary>The label check of one file: verdict, the parsed Annex E fields of its (first) label, and the findings.</summary>
public sealed record AigcLabelResult
{
    public required string Path { get; init; }
    public required string Format { get; init; }
    public required LabelVerdict Verdict { get; init; }

    /// <summary>Where the label was found ("PNG iTXt XML:com.adobe.xmp 'TC260:AIGC' at byte 33"); null without one.</summary>
    public string? Carrier { get; init; }

    public int LabelCount { get; init; }
    public string? Label { get; init; }
    public string? ContentProducer { get; init; }
    public string? ProduceID { get; init; }
    public string? ReservedCode1 { get; init; }
    public string? ContentPropagator { get; init; }
    public string? PropagateID { get; init; }
    public string? ReservedCode2 { get; init; }

    /// <summary>The label's raw value as stored (after carrier decoding), for comparison across pipelines.</summary>
    public string? RawValue { get; init; }

    public IReadOnlyList<LabelFinding> Findings { get; init; } = [];

    /// <summary>The rule ids of the findings, comma-separated, for CSV and tables.</summary>
    public string RuleIds => string.Join(",", Findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal));

    /// <summary>Why the verdict is what it is, in one line.</summary>
    public required string Reason { get; init; }

    public long Length { get; init; }
    public long BytesRead { get; init; }
    public int Reads { get; init; }

    /// <summary>The rule set the file was checked against (id@version).</summary>
    public required string RuleSet { get; init; }
}
