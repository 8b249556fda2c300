using System.Globalization;
using System.Text.Json;
using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Safety;

/// <summary>Reads one threshold-set data file; every problem names its JSON path, and unknown fields are refused.</summary>
internal static class ThresholdSetReader
{
    public static ThresholdSet Read(JsonElement root)
    {
        var o = new CatalogueObject(root, "$");
        o.OnlyKnown("id", "version", "standard", "kind", "kindText", "nameZh", "nameEn", "issuer", "issuedOn", "publishedOn", "effectiveOn",
            "effectiveOnConfidence", "discrepancies", "notes", "taxonomy", "requirements");
        var taxonomy = Taxonomy(o.Object("taxonomy"));
        var requirements = o.List("requirements", Requirement);
        Validate(requirements, taxonomy);
        return new ThresholdSet
        {
            Id = o.String("id"),
            Version = o.String("version"),
            Standard = o.String("standard"),
            Kind = o.String("kind"),
            KindText = o.String("kindText"),
            NameZh = o.String("nameZh"),
            NameEn = o.String("nameEn"),
            PublishedOn = o.OptionalDate("publishedOn"),
            EffectiveOn = o.OptionalDate("effectiveOn") ?? throw CatalogueObject.Problem("$", "missing required property 'effectiveOn'"),
            EffectiveOnConfidence = o.Enum<Confidence>("effectiveOnConfidence"),
            Discrepancies = o.List("discrepancies", static (e, p) =>
            {
                var d = new CatalogueObject(e, p);
                d.OnlyKnown("fact", "encoded", "other", "note");
                return new ThresholdDiscrepancy(d.String("fact"), d.String("encoded"), d.String("other"), d.String("note"));
            }),
            Notes = o.OptionalString("notes"),
            Taxonomy = taxonomy,
            Requirements = requirements,
        };
    }

    private static RiskTaxonomy Taxonomy(CatalogueObject o)
    {
        o.OnlyKnown("confidence", "countsConfidence", "notes", "groups");
        var groups = o.List("groups", static (e, p) =>
        {
            var g = new CatalogueObject(e, p);
            g.OnlyKnown("id", "nameZh", "nameEn", "count", "nameConfidence", "risks");
            var id = g.String("id");
            var risks = g.List("risks", (re, rp) =>
            {
                var r = new CatalogueObject(re, rp);
                r.OnlyKnown("id", "nameZh", "nameEn", "nameConfidence");
                return new SafetyRisk(r.String("id"), id, r.String("nameZh"), r.String("nameEn"), r.Enum<Confidence>("nameConfidence"));
            });
            if (g.OptionalInt("count") is not { } count || count != risks.Count)
            {
                throw CatalogueObject.Problem(p, $"count does not match the {risks.Count} risks listed");
            }

            for (var i = 0; i < risks.Count; i++)
            {
                if (risks[i].Id != $"{id}.{(i + 1).ToString(CultureInfo.InvariantCulture)}")
                {
                    throw CatalogueObject.Problem($"{p}.risks[{i}]", $"expected id {id}.{i + 1}, found '{risks[i].Id}'");
                }
            }

            return new SafetyRiskGroup(id, g.String("nameZh"), g.String("nameEn"), g.Enum<Confidence>("nameConfidence"), risks);
        });
        o.Enum<Confidence>("confidence");
        return new RiskTaxonomy(groups, o.Enum<Confidence>("countsConfidence"), o.OptionalString("notes"));
    }

    private static SafetyRequirement Requirement(JsonElement element, string path)
    {
        var o = new CatalogueObject(element, path);
        o.OnlyKnown("id", "kind", "titleEn", "titleZh", "bank", "outcome", "direction", "method", "minimum", "minimumByGroup", "minimumPerTopic", "rate",
            "sampleMinimum", "sampleFractionOfCorpus", "maximumRate", "clause", "clauseConfidence", "confidence", "effectiveOn", "note");
        var byGroup = new Dictionary<string, int>(StringComparer.Ordinal);
        if (o.OptionalObject("minimumByGroup") is not null && element.TryGetProperty("minimumByGroup", out var groups))
        {
            foreach (var group in groups.EnumerateObject())
            {
                byGroup[group.Name] = group.Value.ValueKind == JsonValueKind.Number && group.Value.TryGetInt32(out var n) && n > 0
                    ? n
                    : throw CatalogueObject.Problem($"{path}.minimumByGroup.{group.Name}", "expected a positive integer");
            }
        }

        return new SafetyRequirement
        {
            Id = o.String("id"),
            Kind = o.Enum<SafetyRequirementKind>("kind"),
            TitleEn = o.String("titleEn"),
            TitleZh = o.String("titleZh"),
            Bank = o.OptionalEnum<SafetyBank>("bank"),
            Outcome = o.OptionalEnum<SafetyOutcome>("outcome"),
            Direction = o.OptionalEnum<RateDirection>("direction") ?? RateDirection.AtLeast,
            Method = o.OptionalEnum<CorpusMethod>("method"),
            Minimum = o.OptionalInt("minimum"),
            MinimumByGroup = byGroup,
            MinimumPerTopic = o.OptionalInt("minimumPerTopic"),
            Rate = Fraction(element, path, "rate"),
            SampleMinimum = o.OptionalInt("sampleMinimum"),
            SampleFractionOfCorpus = Fraction(element, path, "sampleFractionOfCorpus"),
            MaximumRate = Fraction(element, path, "maximumRate"),
            Clause = o.String("clause"),
            ClauseConfidence = o.Enum<Confidence>("clauseConfidence"),
            Confidence = o.Enum<Confidence>("confidence"),
            EffectiveOn = o.OptionalDate("effectiveOn"),
            Note = o.OptionalString("note"),
        };
    }

    private static decimal? Fraction(JsonElement element, string path, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && d is > 0m and < 1m
            ? d
            : throw CatalogueObject.Problem($"{path}.{name}", "expected a fraction between 0 and 1 (0.95 for 95%)");
    }

    // Each kind needs its own numbers; a set missing one is a data error, found when the set is loaded, not when scored.
    private static void Validate(List<SafetyRequirement> requirements, RiskTaxonomy taxonomy)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in requirements)
        {
            var path = $"$.requirements[{r.Id}]";
            if (!ids.Add(r.Id))
            {
                throw CatalogueObject.Problem(path, "duplicate requirement id");
            }

            var ok = r.Kind switch
            {
                SafetyRequirementKind.BankSize => r.Bank is not null && r.Minimum > 0,
                SafetyRequirementKind.BankPerRisk => r.Bank is not null && r.MinimumByGroup.Count > 0,
                SafetyRequirementKind.BankPerTopic => r.Bank is not null && r.MinimumPerTopic > 0,
                SafetyRequirementKind.KeywordSize => r.Minimum > 0,
                SafetyRequirementKind.KeywordPerRisk => r.MinimumByGroup.Count > 0,
                SafetyRequirementKind.Rate => r.Bank is not null && r.Outcome is not null && r.Rate is not null && r.SampleMinimum > 0,
                SafetyRequirementKind.CorpusSample => r.Rate is not null && r.Method is not null && (r.SampleMinimum > 0 || r.SampleFractionOfCorpus is not null),
                _ => r.MaximumRate is not null,
            };
            if (!ok)
            {
                throw CatalogueObject.Problem(path, $"a {KebabName<SafetyRequirementKind>.Of(r.Kind)} requirement lacks the numbers it needs");
            }

            foreach (var group in r.MinimumByGroup.Keys)
            {
                if (!taxonomy.Groups.Any(g => g.Id == group))
                {
                    throw CatalogueObject.Problem($"{path}.minimumByGroup", $"unknown risk group '{group}'");
                }
            }
        }
    }
}
