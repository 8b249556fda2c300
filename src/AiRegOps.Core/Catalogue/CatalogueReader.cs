using System.Text.Json;

namespace AiRegOps.Core.Catalogue;

/// <summary>
/// Reads the catalogue JSON into its records by walking a JsonDocument. Hand-written rather than serializer-driven:
/// the serializer's first use compiles about a thousand generic instantiations over these types, which made the first
/// cmdlet of a PowerShell session a tenth of a second slower; walking the document costs almost nothing to start.
/// </summary>
internal static class CatalogueReader
{
    public static CatalogueDocument Read(JsonElement root)
    {
        var document = new CatalogueObject(root, "$");
        document.OnlyKnown("version", "regulations", "obligations");
        return new CatalogueDocument
        {
            Version = document.String("version"),
            Regulations = document.List("regulations", Regulation),
            Obligations = document.List("obligations", Obligation),
        };
    }

    private static Regulation Regulation(JsonElement element, string path)
    {
        var o = new CatalogueObject(element, path);
        o.OnlyKnown("id", "nameZh", "nameEn", "shortName", "issuers", "documentNumber", "issuedOn", "publishedOn", "effectiveOn",
            "status", "supersededBy", "endsOn", "officialUrl", "confidence", "discrepancies", "notes");
        return new Regulation
        {
            Id = o.String("id"),
            NameZh = o.String("nameZh"),
            NameEn = o.String("nameEn"),
            ShortName = o.String("shortName"),
            Issuers = o.StringList("issuers"),
            DocumentNumber = o.OptionalString("documentNumber"),
            IssuedOn = o.OptionalDate("issuedOn"),
            PublishedOn = o.OptionalDate("publishedOn"),
            EffectiveOn = o.OptionalDate("effectiveOn"),
            Status = o.Enum<RegulationStatus>("status"),
            SupersededBy = o.OptionalString("supersededBy"),
            EndsOn = o.OptionalDate("endsOn"),
            OfficialUrl = o.OptionalString("officialUrl"),
            Confidence = o.Enum<Confidence>("confidence"),
            Discrepancies = o.List("discrepancies", Discrepancy),
            Notes = o.OptionalString("notes"),
        };
    }

    private static Obligation Obligation(JsonElement element, string path)
    {
        var o = new CatalogueObject(element, path);
        o.OnlyKnown("id", "seedRef", "title", "titleZh", "summary", "roles", "phase", "satisfiedBy", "sources", "when",
            "deadlines", "evidence", "confidence", "discrepancies", "notes", "afterTermination", "penalty");
        return new Obligation
        {
            Id = o.String("id"),
            SeedRef = o.OptionalString("seedRef"),
            Title = o.String("title"),
            TitleZh = o.OptionalString("titleZh"),
            Summary = o.String("summary"),
            Roles = o.EnumList<ObligorRole>("roles"),
            Phase = o.Enum<ObligationPhase>("phase"),
            SatisfiedBy = o.OptionalEnum<SatisfyingRecord>("satisfiedBy") ?? SatisfyingRecord.None,
            Sources = o.List("sources", Citation),
            When = o.OptionalElement("when") is { } when ? Conditions.ConditionReader.Read(when, $"{path}.when", Citation) : null!,
            Deadlines = o.List("deadlines", Rule),
            Evidence = o.StringList("evidence"),
            Confidence = o.Enum<Confidence>("confidence"),
            Discrepancies = o.List("discrepancies", Discrepancy),
            Notes = o.OptionalString("notes"),
            AfterTermination = o.OptionalObject("afterTermination") is { } after ? AfterTermination(after) : null,
            Penalty = o.OptionalObject("penalty") is { } penalty ? Penalty(penalty) : null,
        };
    }

    private static AfterTermination AfterTermination(CatalogueObject o)
    {
        o.OnlyKnown("months", "source", "description");
        return new AfterTermination
        {
            Months = o.OptionalInt("months") is { } months and > 0 ? months : throw CatalogueObject.Problem(o.Path, "expected 'months', a positive number"),
            Source = Citation(o.Object("source")),
            Description = o.String("description"),
        };
    }

    private static Penalty Penalty(CatalogueObject o)
    {
        o.OnlyKnown("text", "source");
        return new Penalty { Text = o.String("text"), Source = Citation(o.Object("source")) };
    }

    private static DeadlineRule Rule(JsonElement element, string path)
    {
        var o = new CatalogueObject(element, path);
        o.OnlyKnown("kind", "amount", "events", "month", "day", "regulationId", "source", "isPolicy", "policySetting", "isAdvisory", "gateOptIn",
            "expertReviewListOnly", "confidence", "description", "applicableEventsOnly", "firstApplicableEventOnly");
        return new DeadlineRule
        {
            Kind = o.Enum<DeadlineRuleKind>("kind"),
            Amount = o.OptionalInt("amount"),
            Events = o.EnumList<Profiles.ServiceEventType>("events"),
            Month = o.OptionalInt("month"),
            Day = o.OptionalInt("day"),
            RegulationId = o.String("regulationId"),
            Source = Citation(o.Object("source")),
            IsPolicy = o.Bool("isPolicy"),
            PolicySetting = o.OptionalString("policySetting"),
            IsAdvisory = o.Bool("isAdvisory"),
            GateOptIn = o.Bool("gateOptIn"),
            ExpertReviewListOnly = o.Bool("expertReviewListOnly"),
            ApplicableEventsOnly = o.Bool("applicableEventsOnly") || o.Bool("firstApplicableEventOnly"),
            FirstApplicableEventOnly = o.Bool("firstApplicableEventOnly"),
            Confidence = o.Enum<Confidence>("confidence"),
            Description = o.String("description"),
        };
    }

    private static SourceCitation Citation(JsonElement element, string path) => Citation(new CatalogueObject(element, path));

    private static SourceCitation Citation(CatalogueObject o)
    {
        o.OnlyKnown("regulationId", "article", "clause", "paragraph", "item", "confidence", "note", "key");
        return new SourceCitation
        {
            RegulationId = o.String("regulationId"),
            Article = o.OptionalInt("article"),
            Clause = o.OptionalString("clause"),
            Paragraph = o.OptionalInt("paragraph"),
            Item = o.OptionalInt("item"),
            Confidence = o.Enum<Confidence>("confidence"),
            Note = o.OptionalString("note"),
            Key = o.OptionalString("key"),
        };
    }

    private static Discrepancy Discrepancy(JsonElement element, string path)
    {
        var o = new CatalogueObject(element, path);
        // "seedSays" is the field's earlier name, still read so that catalogues written before keep loading.
        o.OnlyKnown("claim", "seedSays", "officialSays", "resolution");
        return new Discrepancy
        {
            Claim = o.OptionalString("claim") ?? o.OptionalString("seedSays") ?? o.String("claim"),
            OfficialSays = o.String("officialSays"),
            Resolution = o.String("resolution"),
        };
    }
}
