namespace AiRegOps.Core.Attributes;

/// <summary>The SA2018 Art. 2 test of a service: yes or no, and every ground.</summary>
public sealed record PublicOpinionResult
{
    /// <summary>The service tested, when the test was run on a profile.</summary>
    public string? Service { get; init; }

    public required bool HasPublicOpinionAttributes { get; init; }

    /// <summary>Every feature that met a criterion, in the order the features were given.</summary>
    public required IReadOnlyList<PublicOpinionGround> Grounds { get; init; }

    /// <summary>Features checked that open no public channel (for the record: they were looked at).</summary>
    public IReadOnlyList<string> FeaturesWithoutChannel { get; init; } = [];

    /// <summary>Why, in one phrase: "live-streaming (SA2018 Art. 2(1)), comments (SA2018 Art. 2(2))".</summary>
    public string Explanation => HasPublicOpinionAttributes
        ? string.Join(", ", Grounds.Select(g => $"{g.Feature} ({g.Article.Display})"))
        : FeaturesWithoutChannel.Count == 0
            ? "no features declared"
            : "none of " + string.Join(", ", FeaturesWithoutChannel) + $" opens a public channel ({Catalogue.ObligationCatalogue.Default.Citation("sa-security-assessment", "public-opinion-test").Display})";

    /// <summary>One line for people: "yes: live-streaming (SA2018 Art. 2(1))".</summary>
    public string Summary => (HasPublicOpinionAttributes ? "yes: " : "no: ") + Explanation;
}
