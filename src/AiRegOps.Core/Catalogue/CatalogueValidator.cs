using System.Globalization;

namespace AiRegOps.Core.Catalogue;

/// <summary>
/// Integrity rules for the catalogue. Runs at every load, so each rule is a single pass over the data.
/// Every problem names the obligation or regulation and the field at fault.
/// </summary>
internal static class CatalogueValidator
{
    public static IReadOnlyList<string> Validate(IReadOnlyList<Regulation> regulations, IReadOnlyList<Obligation> obligations)
    {
        var problems = new List<string>();
        var regulationsById = new Dictionary<string, Regulation>(StringComparer.Ordinal);
        foreach (var regulation in regulations)
        {
            if (!regulationsById.TryAdd(regulation.Id, regulation))
            {
                problems.Add($"regulation '{regulation.Id}' is defined twice");
            }

            if (!IsRegulationId(regulation.Id))
            {
                problems.Add($"regulation '{regulation.Id}': id must be upper-case letters and digits separated by hyphens");
            }
        }

        foreach (var regulation in regulations)
        {
            ValidateRegulation(regulation, regulationsById, problems);
        }

        var obligationIds = new HashSet<string>(StringComparer.Ordinal);
        var seedRefs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var obligation in obligations)
        {
            if (!obligationIds.Add(obligation.Id))
            {
                problems.Add($"obligation '{obligation.Id}' is defined twice");
            }

            if (!IsKebabCase(obligation.Id))
            {
                problems.Add($"obligation '{obligation.Id}': id is not kebab-case");
            }

            if (obligation.SeedRef is { } seedRef)
            {
                if (!IsSeedRef(seedRef))
                {
                    problems.Add($"obligation '{obligation.Id}': seedRef '{seedRef}' is not of the form A.n or B.n");
                }
                else if (!seedRefs.Add(seedRef))
                {
                    problems.Add($"obligation '{obligation.Id}': seedRef '{seedRef}' is used twice");
                }
            }

            ValidateObligation(obligation, regulationsById, problems);
        }

        return problems;
    }

    private static void ValidateRegulation(Regulation regulation, Dictionary<string, Regulation> regulationsById, List<string> problems)
    {
        var where = $"regulation '{regulation.Id}'";
        if (regulation.SupersededBy is { } successorId)
        {
            if (!regulationsById.ContainsKey(successorId))
            {
                problems.Add($"{where}: supersededBy names unknown regulation '{successorId}'");
            }
            else if (string.Equals(successorId, regulation.Id, StringComparison.Ordinal))
            {
                problems.Add($"{where}: supersededBy names the regulation itself");
            }
        }

        if (regulation.Status == RegulationStatus.Superseded && (regulation.SupersededBy is null || regulation.EndsOn is null))
        {
            problems.Add($"{where}: a superseded regulation needs supersededBy and endsOn");
        }

        if (regulation.Status == RegulationStatus.Repealed && regulation.EndsOn is null)
        {
            problems.Add($"{where}: a repealed regulation needs endsOn");
        }

        if (regulation is { EffectiveOn: { } start, EndsOn: { } end } && end <= start)
        {
            problems.Add($"{where}: endsOn {Format(end)} is not after effectiveOn {Format(start)}");
        }

        if (regulation.Status == RegulationStatus.Draft && regulation.EffectiveOn is not null)
        {
            problems.Add($"{where}: a draft has no effectiveOn");
        }
    }

    private static void ValidateObligation(Obligation obligation, Dictionary<string, Regulation> regulationsById, List<string> problems)
    {
        var where = $"obligation '{obligation.Id}'";
        if (obligation.Roles.Count == 0)
        {
            problems.Add($"{where}: has no roles");
        }

        if (obligation.Sources.Count == 0)
        {
            problems.Add($"{where}: has no sources");
        }

        var weakest = Confidence.Confirmed;
        var cited = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < obligation.Sources.Count; i++)
        {
            var source = obligation.Sources[i];
            cited.Add(source.RegulationId);
            ValidateCitation(source, $"{where}: source {i + 1} ({source.Display})", regulationsById, problems);
            weakest = Min(weakest, source.Confidence);
        }

        for (var i = 0; i < obligation.Deadlines.Count; i++)
        {
            var rule = obligation.Deadlines[i];
            var ruleWhere = $"{where}: deadline {i + 1} ({rule.RegulationId}, {Kebab(rule.Kind)})";
            if (!regulationsById.ContainsKey(rule.RegulationId))
            {
                problems.Add($"{where}: deadline rule names unknown regulation '{rule.RegulationId}'");
            }
            else if (!cited.Contains(rule.RegulationId))
            {
                problems.Add($"{ruleWhere}: regulation '{rule.RegulationId}' is not among the obligation's sources");
            }

            if (!string.Equals(rule.Source.RegulationId, rule.RegulationId, StringComparison.Ordinal))
            {
                problems.Add($"{ruleWhere}: source cites '{rule.Source.RegulationId}' but the rule is governed by '{rule.RegulationId}'");
            }

            ValidateCitation(rule.Source, $"{ruleWhere}: source ({rule.Source.Display})", regulationsById, problems, reportUnknown: false);
            ValidateRuleShape(rule, ruleWhere, problems);
            if (!rule.IsAdvisory)
            {
                weakest = Min(weakest, Min(rule.Confidence, rule.Source.Confidence));
            }
        }

        ValidateCondition(obligation.When, $"{where}: when", regulationsById, problems);
        if (obligation.AfterTermination is { } after)
        {
            ValidateCitation(after.Source, $"{where}: afterTermination source ({after.Source.Display})", regulationsById, problems);
        }

        if (obligation.Penalty is { } penalty)
        {
            ValidateCitation(penalty.Source, $"{where}: penalty source ({penalty.Source.Display})", regulationsById, problems);
        }

        if (obligation.Confidence > weakest)
        {
            problems.Add($"{where}: confidence '{Kebab(obligation.Confidence)}' is higher than its weakest fact '{Kebab(weakest)}'");
        }
    }

    private static void ValidateCondition(Conditions.Condition condition, string where, Dictionary<string, Regulation> regulationsById, List<string> problems)
    {
        if (condition.Source is { } source)
        {
            ValidateCitation(source, $"{where} at {condition.Path}: source ({source.Display})", regulationsById, problems);
        }

        foreach (var child in condition.Children)
        {
            ValidateCondition(child, where, regulationsById, problems);
        }
    }

    private static void ValidateCitation(
        SourceCitation source, string where, Dictionary<string, Regulation> regulationsById, List<string> problems, bool reportUnknown = true)
    {
        if (reportUnknown && !regulationsById.ContainsKey(source.RegulationId))
        {
            problems.Add($"{where}: names unknown regulation '{source.RegulationId}'");
        }

        if (source.Article is null && source.Clause is null)
        {
            if (string.IsNullOrWhiteSpace(source.Note))
            {
                problems.Add($"{where}: has no article and no note saying why");
            }

            if (source.Paragraph is not null || source.Item is not null)
            {
                problems.Add($"{where}: has a paragraph or item but no article");
            }
        }
        else if (source.Article <= 0 || source.Paragraph <= 0 || source.Item <= 0)
        {
            problems.Add($"{where}: article, paragraph and item must be positive");
        }
    }

    private static void ValidateRuleShape(DeadlineRule rule, string where, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(rule.Description))
        {
            problems.Add($"{where}: has no description");
        }

        switch (rule.Kind)
        {
            case DeadlineRuleKind.WorkingDaysAfterEvent or DeadlineRuleKind.CalendarDaysAfterEvent:
                if (rule.Amount is not > 0)
                {
                    problems.Add($"{where}: needs an amount greater than 0");
                }

                if (rule.Events.Count == 0)
                {
                    problems.Add($"{where}: needs at least one event");
                }

                break;
            case DeadlineRuleKind.BeforeEvent or DeadlineRuleKind.OnEvent:
                if (rule.Events.Count == 0)
                {
                    problems.Add($"{where}: needs at least one event");
                }

                break;
            case DeadlineRuleKind.EveryMonthsAfterEvent or DeadlineRuleKind.EveryDaysSinceLastDone or DeadlineRuleKind.EveryMonthsSinceLastDone:
                if (rule.Amount is not > 0)
                {
                    problems.Add($"{where}: needs an amount greater than 0");
                }

                if (rule.Events.Count == 0)
                {
                    problems.Add($"{where}: needs an anchor event");
                }

                break;
            case DeadlineRuleKind.FixedDateEachYear:
                if (rule.Month is not { } month || rule.Day is not { } day || month is < 1 or > 12
                    || day < 1 || day > DateTime.DaysInMonth(2024, month))
                {
                    problems.Add($"{where}: needs a valid month and day");
                }

                break;
            case DeadlineRuleKind.Continuous:
                break;
            default:
                problems.Add($"{where}: unknown kind");
                break;
        }

        if (rule.Kind != DeadlineRuleKind.FixedDateEachYear && (rule.Month is not null || rule.Day is not null))
        {
            problems.Add($"{where}: month and day belong to fixed-date-each-year rules only");
        }

        if (rule.IsPolicy && string.IsNullOrWhiteSpace(rule.PolicySetting))
        {
            problems.Add($"{where}: a policy rule needs a policySetting");
        }

        if (rule.PolicySetting is { } setting && !Profiles.SchedulePolicy.IsSetting(setting))
        {
            problems.Add($"{where}: policySetting '{setting}' is not a profile policy setting; known: {string.Join(", ", Profiles.SchedulePolicy.Settings)}");
        }

        if (!rule.IsPolicy && rule.PolicySetting is not null)
        {
            problems.Add($"{where}: policySetting is set but the rule is not a policy rule");
        }
    }

    private static Confidence Min(Confidence a, Confidence b) => a < b ? a : b;

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The JSON spelling of an enum value (e.g. "single-source"), so messages match the data file.</summary>
    internal static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, Enum => KebabName<TEnum>.Of(value);

    // The three id forms are checked by hand rather than by regular expressions: the catalogue is validated on the
    // first command of every PowerShell session, and a regex's first match costs more than the whole check.

    /// <summary>^[a-z0-9]+(-[a-z0-9]+)*$: lower-case letters and digits in hyphen-separated words.</summary>
    internal static bool IsKebabCase(string id) => IsWords(id, static c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9'));

    /// <summary>^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$: upper-case letters and digits in hyphen-separated words, a letter first.</summary>
    internal static bool IsRegulationId(string id) =>
        id.Length > 0 && id[0] is >= 'A' and <= 'Z' && IsWords(id, static c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9'));

    /// <summary>^[AB]\.[1-9][0-9]*$: the overview's numbering, A.n or B.n.</summary>
    internal static bool IsSeedRef(string seedRef)
    {
        if (seedRef.Length < 3 || seedRef[0] is not ('A' or 'B') || seedRef[1] != '.' || seedRef[2] is < '1' or > '9')
        {
            return false;
        }

        for (var i = 3; i < seedRef.Length; i++)
        {
            if (seedRef[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    // Non-empty words of allowed characters separated by single hyphens, no hyphen first or last.
    private static bool IsWords(string text, Func<char, bool> allowed)
    {
        if (text.Length == 0 || text[0] == '-' || text[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '-' ? text[i - 1] == '-' : !allowed(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
