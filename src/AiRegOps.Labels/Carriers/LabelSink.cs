namespace AiRegOps.Labels.Carriers;

/// <summary>Collects what one carrier reader finds in one file.</summary>
public sealed class LabelSink
{
    private readonly List<FoundLabel> labels = [];
    private readonly List<ReaderFinding> findings = [];

    public IReadOnlyList<FoundLabel> Labels => labels;

    /// <summary>What a reader saw that is a finding of its own, not a label (e.g. a label removed by a PDF update).</summary>
    public IReadOnlyList<ReaderFinding> Findings => findings;

    /// <summary>The format refined by the reader (MOV for a QuickTime brand, XLSX for a workbook), if it knows better.</summary>
    public string? Format { get; set; }

    public void Add(string carrier, string fieldName, string value, long offset, bool entityDecoded = false, bool loose = false) =>
        labels.Add(new FoundLabel { Carrier = carrier, FieldName = fieldName, Value = value, Offset = offset, EntityDecoded = entityDecoded, Loose = loose });

    public void Report(string ruleId, string message, string where, long offset) => findings.Add(new ReaderFinding(ruleId, message, where, offset));

    public void Clear()
    {
        labels.Clear();
        findings.Clear();
        Format = null;
    }
}
