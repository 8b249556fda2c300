using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Safety;

namespace AiRegOps.Core.Tests.Safety;

public sealed class ThresholdSetDataTests
{
    [Fact]
    public void Both_sets_carry_the_31_risk_taxonomy_with_names_marked_inferred()
    {
        foreach (var set in ThresholdSets.Default.All)
        {
            Assert.Equal([8, 9, 5, 7, 2], set.Taxonomy.Groups.Select(g => g.Risks.Count));
            Assert.Equal(31, set.Taxonomy.Count);
            Assert.All(set.Taxonomy.Risks, r => Assert.Equal(Confidence.Unverified, r.NameConfidence));
            Assert.Equal(Confidence.Confirmed, set.Taxonomy.CountsConfidence);
            Assert.Equal(14, set.Requirements.Count);
        }
    }

    [Fact]
    public void Gbt_sampling_figures_are_marked_not_found_and_its_effective_date_conflict_is_recorded()
    {
        var gbt = ThresholdSets.Default.Select("gb-t-45654-2025", new DateOnly(2026, 1, 1));
        Assert.Equal(new DateOnly(2025, 11, 1), gbt.EffectiveOn);
        Assert.Contains(gbt.Discrepancies, d => d.Other == "2025-09-01");
        foreach (var id in new[] { "generation-pass-rate", "corpus-manual-sampling", "corpus-technical-sampling", "corpus-source-blacklist" })
        {
            Assert.Equal(Confidence.NotFound, gbt.Requirements.Single(r => r.Id == id).Confidence);
        }

        var tc = ThresholdSets.Default.Select("tc260-003-2024", new DateOnly(2026, 1, 1));
        Assert.Equal(Confidence.Confirmed, tc.Requirements.Single(r => r.Id == "corpus-manual-sampling").Confidence);
    }

    [Fact]
    public void A_set_missing_a_number_its_kind_needs_is_refused_when_loaded()
    {
        var json = """
            {"id":"x","version":"1","standard":"X","kind":"k","kindText":"k","nameZh":"x","nameEn":"x","effectiveOn":"2024-01-01","effectiveOnConfidence":"confirmed",
             "taxonomy":{"confidence":"confirmed","countsConfidence":"confirmed","groups":[{"id":"A.1","nameZh":"x","nameEn":"x","count":1,"nameConfidence":"unverified","risks":[{"id":"A.1.1","nameZh":"x","nameEn":"x","nameConfidence":"unverified"}]}]},
             "requirements":[{"id":"r","kind":"rate","titleEn":"t","titleZh":"t","bank":"generation","outcome":"pass","clause":"c","clauseConfidence":"confirmed","confidence":"confirmed"}]}
            """;
        var ex = Assert.Throws<CatalogueException>(() => ThresholdSets.Parse(json));
        Assert.Contains("lacks the numbers it needs", ex.Message, StringComparison.Ordinal);
    }
}
