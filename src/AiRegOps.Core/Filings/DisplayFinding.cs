namespace AiRegOps.Core.Filings;

/// <summary>Something found on a page: a filing number or a link, with where it is.</summary>
public sealed record DisplayFinding
{
    /// <summary>The text found (a filing number as shown, or a link's text).</summary>
    public required string Text { get; init; }

    /// <summary>1-based line in the page source.</summary>
    public required int Line { get; init; }

    public required int Column { get; init; }

    /// <summary>For links (or a number inside a link): the absolute or as-written href.</summary>
    public string? Href { get; init; }

    /// <summary>A few words around it, for people.</summary>
    public string? Context { get; init; }

    public override string ToString() => Href is null ? $"'{Text}' at line {Line}, column {Column}" : $"'{Text}' -> {Href} at line {Line}, column {Column}";
}
