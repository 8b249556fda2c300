namespace AiRegOps.Core.Filings;

/// <summary>The visible text of a page with a map back to source offsets, and its links.</summary>
internal sealed record HtmlScan(string Text, int[] SourceOffsets, IReadOnlyList<HtmlAnchor> Anchors, string Html)
{
    /// <summary>1-based line and column in the source of the visible-text index <paramref name="textIndex"/>.</summary>
    public (int Line, int Column) Position(int textIndex) =>
        SourcePosition(SourceOffsets.Length == 0 ? 0 : SourceOffsets[Math.Clamp(textIndex, 0, SourceOffsets.Length - 1)]);

    public (int Line, int Column) SourcePosition(int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < Html.Length; i++)
        {
            if (Html[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
