using AiRegOps.Core.Gate;
using AiRegOps.Core.IO;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Reports.Findings;

/// <summary>
/// Turns assessments and schedules into the findings SARIF and JUnit report, so both carry the same set: assessment
/// gaps (error) and undeclared controls (warning), overdue statutory obligations (error), dated items due now
/// (warning), policy items overdue or due (note), and assessment triggers with no assessment (note). Standing duties
/// without a date are not findings: they never become overdue. A valid waiver turns its finding into a suppressed one.
/// </summary>
public static class ComplianceFindings
{
    public static IReadOnlyList<ComplianceFinding> Build(IEnumerable<ServiceFindingsInput> services, IEnumerable<Waiver>? waivers = null, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var waiverList = (waivers ?? []).ToList();
        var findings = new List<ComplianceFinding>();
        foreach (var service in services)
        {
            var valid = waiverList.Where(w => !w.IsExpiredOn(asOf ?? service.Assessment.AsOf)).ToList();
            findings.AddRange(Gaps(service, valid));
            findings.AddRange(Triggers(service));
            if (service.Schedule is { } schedule)
            {
                findings.AddRange(Scheduled(schedule.Service, schedule, valid));
            }
        }

        return findings;
    }

    /// <summary>The rules the findings use, in order of first use; every focus-item rule is always listed.</summary>
    public static IReadOnlyList<FindingRule> RulesOf(IEnumerable<ComplianceFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var rules = new List<FindingRule>(FindingRules.FocusItemRules) { FindingRules.Trigger };
        var seen = rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        rules.AddRange(findings.Select(f => f.Rule).Where(r => seen.Add(r.Id)));
        return rules;
    }

    private static IEnumerable<ComplianceFinding> Gaps(ServiceFindingsInput service, List<Waiver> waivers)
    {
        var result = service.Assessment;
        foreach (var gap in result.Gaps)
        {
            var notDeclared = gap.Check.Status == Assessments.FindingStatus.NotDeclared;
            yield return new ComplianceFinding
            {
                Service = result.Service,
                Rule = FindingRules.ForFocusItem(gap.Item),
                Level = notDeclared ? FindingLevel.Warning : FindingLevel.Error,
                Key = gap.Check.Field,
                Message = $"{result.Service}: {gap.Problem} To close: {gap.Remedy}",
                Location = Locate(result.Positions, result.ProfileSource, "spec." + gap.Check.Field),
                Waiver = waivers.FirstOrDefault(w => w.Matches(result.Service, gap.Item.RuleId, null)),
            };
        }
    }

    private static IEnumerable<ComplianceFinding> Triggers(ServiceFindingsInput service)
    {
        var result = service.Assessment;
        foreach (var trigger in result.UnansweredTriggers)
        {
            var when = trigger.Date is { } d ? $" on {Iso.Date(d)}" : " (before launch)";
            yield return new ComplianceFinding
            {
                Service = result.Service,
                Rule = FindingRules.Trigger,
                Level = FindingLevel.Note,
                Key = $"{KebabName<Assessments.AssessmentTriggerKind>.Of(trigger.Kind)}@{(trigger.Date is { } date ? Iso.Date(date) : "pre-launch")}",
                Message = $"{result.Service}: {trigger.Description}{when} calls for a security assessment ({trigger.Citation.Display}); none is recorded.",
                Location = Locate(result.Positions, result.ProfileSource, TriggerPath(service, trigger.Date)),
            };
        }
    }

    private static IEnumerable<ComplianceFinding> Scheduled(ServiceProfile profile, ServiceSchedule schedule, List<Waiver> waivers)
    {
        foreach (var item in schedule.Items)
        {
            if (Level(item) is not { } level)
            {
                continue;
            }

            var basis = string.Join("; ", item.Citations);
            var state = item.Status == ScheduleStatus.Overdue ? $"overdue since {Iso.Date(item.DueDate)}" : $"due by {Iso.Date(item.DueDate)}";
            var policy = item.IsPolicy ? " This interval is the organisation's policy, not a legal deadline." : string.Empty;
            yield return new ComplianceFinding
            {
                Service = item.Service,
                Rule = FindingRules.ForObligation(item),
                Level = level,
                Key = item.PeriodKey,
                Message = $"{item.Service}: {item.Title} ({item.PeriodKey}) is {state}: {item.Deadline}. Basis: {basis}.{policy}",
                Location = Locate(profile.Positions, profile.Source, PeriodPath(profile, item)),
                Waiver = waivers.FirstOrDefault(w => w.Matches(item.Service, item.ObligationId, item.PeriodKey)),
            };
        }
    }

    /// <summary>Error for a missed statutory deadline, warning for a dated item due now, note for policy; null for the rest.</summary>
    private static FindingLevel? Level(ScheduleItem item) => item switch
    {
        { IsAdvisory: true } => null,
        { Status: ScheduleStatus.Overdue, IsPolicy: true } => FindingLevel.Note,
        { Status: ScheduleStatus.Overdue } => FindingLevel.Error,
        { Status: ScheduleStatus.Due, DueDate: not null, IsPolicy: true } => FindingLevel.Note,
        { Status: ScheduleStatus.Due, DueDate: not null } => FindingLevel.Warning,
        _ => null,
    };

    /// <summary>The profile field behind an occurrence: the event that started its period, else the service's name.</summary>
    private static string PeriodPath(ServiceProfile profile, ScheduleItem item)
    {
        var at = item.PeriodKey.IndexOf('@', StringComparison.Ordinal);
        if (at > 0 && item.TriggeredOn is { } date)
        {
            var subject = item.PeriodKey.IndexOf('/', at) is var slash and > 0 ? item.PeriodKey[(slash + 1)..].Split('#')[0] : null;
            if (subject is not null && profile.Ethics.Activities.Select((a, i) => (a, i)).FirstOrDefault(x => x.a.Name == subject) is { a: not null } activity)
            {
                return $"spec.ethics.activities[{activity.i}]";
            }

            return EventPath(profile, date, item.PeriodKey[..at]);
        }

        return "metadata.name";
    }

    private static string EventPath(ServiceProfile profile, DateOnly date, string? type = null)
    {
        for (var i = 0; i < profile.Events.Count; i++)
        {
            var e = profile.Events[i];
            if (e.Date == date && (type is null || KebabName<ServiceEventType>.Of(e.Type) == type))
            {
                return $"spec.events[{i}]";
            }
        }

        return profile.LaunchedOn == date ? "spec.launchedOn" : "metadata.name";
    }

    /// <summary>A trigger points at its event when the schedule's profile is at hand, else at the assessments list.</summary>
    private static string TriggerPath(ServiceFindingsInput service, DateOnly? date) =>
        service.Schedule is { } schedule && date is { } at ? EventPath(schedule.Service, at) : "spec.assessments";

    private static SourceLocation? Locate(ProfilePositions? positions, SourceLocation? source, string path) =>
        positions?.Find(path) ?? positions?.Exact("metadata.name") ?? source;
}
