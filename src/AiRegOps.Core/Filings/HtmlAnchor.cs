namespace AiRegOps.Core.Filings;

/// <summary>A link in a scanned page: its href, its visible text (with title/aria-label), and where it starts.</summary>
internal sealed record HtmlAnchor(string Href, string Text, int Offset, int TextStart, int TextEnd);
