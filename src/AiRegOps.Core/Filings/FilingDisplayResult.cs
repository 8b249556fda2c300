namespace AiRegOps.Core.Filings;

/// <summary>Whether a page shows a service's filing number and a link to its public filing information (ARR Art. 26).</summary>
public sealed record FilingDisplayResult
{
    /// <summary>The URL or file checked.</summary>
    public required string Source { get; init; }

    public required string ExpectedNumber { get; init; }

    /// <summary>Where the expected number is shown.</summary>
    public required IReadOnlyList<DisplayFinding> NumberFound { get; init; }

    /// <summary>Other 网信算备 numbers on the page (another service's, or a typo), which do not count.</summary>
    public IReadOnlyList<DisplayFinding> OtherNumbers { get; init; } = [];

    /// <summary>Links to the public filing information (the CAC filing system at *.cac.gov.cn).</summary>
    public required IReadOnlyList<DisplayFinding> PublicInfoLinks { get; init; }

    public bool NumberShown => NumberFound.Count > 0;
    public bool LinkShown => PublicInfoLinks.Count > 0;

    /// <summary>Both the number and the link are there. Prominence (显著位置) is not judged: check it by eye.</summary>
    public bool Passed => NumberShown && LinkShown;

    /// <summary>What was found and missed, in words.</summary>
    public required IReadOnlyList<string> Messages { get; init; }
}
