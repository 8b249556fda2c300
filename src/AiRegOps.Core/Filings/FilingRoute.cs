using AiRegOps.Core.Attributes;
using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Filings;

/// <summary>Why and how a service files: under which articles, as which role, and whether the law requires it.</summary>
public sealed record FilingRoute
{
    /// <summary>The articles that send the service to the ARR Art. 24 procedure (ARR Art. 24, DSP Art. 19, GAIM Art. 17).</summary>
    public required IReadOnlyList<SourceCitation> Bases { get; init; }

    public required ObligorRole FilerRole { get; init; }

    /// <summary>True for a deep-synthesis technical supporter, who files by reference (参照, DSP Art. 19).</summary>
    public bool ByReference { get; init; }

    /// <summary>The SA2018 Art. 2 test the filing duty hangs on; null when there was no profile to test.</summary>
    public PublicOpinionResult? PublicOpinion { get; init; }

    /// <summary>False when the profile shows no public-opinion attributes: the package is then for a voluntary filing.</summary>
    public bool Required { get; init; }

    /// <summary>True when the service is not offered within the PRC: none of the filing rules reach it.</summary>
    public bool OutOfScope { get; init; }

    /// <summary>Remarks for people about the route.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
