using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Catalogue;

/// <summary>The confidence marks of regulatory-facts.md, so every output shows them the same way.</summary>
public static class ConfidenceMarks
{
    public static string Of(Confidence confidence) => confidence switch
    {
        Confidence.Confirmed => "[2+]",
        Confidence.SingleSource => "[1]",
        Confidence.Unverified => "[INF]",
        _ => "[NOT FOUND]",
    };

    /// <summary>"ARR Art. 24(1) [2+]", with the citation's note when it has one.</summary>
    public static string Cite(SourceCitation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var text = $"{citation.Display} {Of(citation.Confidence)}";
        return citation.Note is null ? text : $"{text} ({citation.Note})";
    }
}
