namespace AiRegOps.Core.Reports.Findings;

/// <summary>
/// Links into the AiRegOps documentation (docs/ in the repository) for SARIF rule help. One base, so that the day the
/// documentation moves only this line changes.
/// </summary>
public static class DocumentationLinks
{
    public static Uri DocsBase { get; } = new("https://github.com/airegops/airegops/blob/main/docs/");

    /// <summary>The help page for code-scanning rules, at <paramref name="anchor"/>.</summary>
    public static Uri CodeScanning(string anchor) => new(DocsBase, $"code-scanning.md#{anchor}");
}
