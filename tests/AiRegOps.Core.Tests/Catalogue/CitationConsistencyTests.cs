using System.Reflection;
using AiRegOps.Core.Assessments;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Ethics;
using AiRegOps.Core.Filings;

namespace AiRegOps.Core.Tests.Catalogue;

/// <summary>
/// Filings, assessments and ethics reviews cite articles of their own; where the catalogue cites the same article,
/// both must carry the same confidence, so a fact cannot be "confirmed" in one report and "unverified" in another.
/// </summary>
public sealed class CitationConsistencyTests
{
    public static TheoryData<string, SourceCitation> FeatureCitations()
    {
        var data = new TheoryData<string, SourceCitation>();
        foreach (var type in new[] { typeof(FilingCitations), typeof(AssessmentCitations) })
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(SourceCitation)))
            {
                data.Add($"{type.Name}.{property.Name}", (SourceCitation)property.GetValue(null)!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FeatureCitations))]
    public void A_citation_agrees_with_the_catalogue_on_confidence(string name, SourceCitation citation)
    {
        var catalogue = ObligationCatalogue.Default;
        Assert.True(catalogue.TryGetRegulation(citation.RegulationId, out _), $"{name} cites unknown regulation {citation.RegulationId}");

        var same = catalogue.Obligations
            .SelectMany(o => o.Sources.Concat(o.Deadlines.Select(d => d.Source)))
            .Where(s => s.RegulationId == citation.RegulationId && s.Article == citation.Article && s.Article is not null
                && (citation.Paragraph is null || s.Paragraph == citation.Paragraph))
            .Select(s => s.Confidence)
            .Distinct()
            .ToList();

        Assert.All(same, confidence => Assert.Equal(citation.Confidence, confidence));
    }
}
