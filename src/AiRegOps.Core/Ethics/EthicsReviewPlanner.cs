using AiRegOps.Core.Calendar;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.IO;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reports;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Ethics;

/// <summary>
/// Works out what follows an ethics registration by asking the compliance scheduler about a unit that holds only
/// this committee or activity: the same catalogue rules, the same computation as Get-ComplianceSchedule, so the two
/// cannot disagree. Missed follow-ups stay listed; unconfirmed stricter intervals come back as advisories.
/// </summary>
public static class EthicsReviewPlanner
{
    /// <summary>The ethics measures whose effective date separates the draft regime from the final one.</summary>
    public const string FinalMeasures = "ETHICS";

    /// <exception cref="ComplianceInputException">No name, or a date after <paramref name="asOf"/>.</exception>
    public static EthicsOutcome Plan(EthicsRegistration registration, DateOnly asOf, PeriodCalculator? periods = null)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var committee = registration.Kind == EthicsRegistrationKind.Committee;
        var dateInput = committee ? "-EstablishedOn" : "-ApprovedOn";
        if (string.IsNullOrWhiteSpace(registration.Name))
        {
            throw new ComplianceInputException(committee ? "-Committee" : "-Activity", "the name of the committee or activity");
        }

        if (registration.Date > asOf)
        {
            throw new ComplianceInputException(dateInput, $"a date on or before today ({asOf:yyyy-MM-dd}) in China", Iso.Date(registration.Date));
        }

        if (registration.RegisteredOn is { } registered && registered < registration.Date)
        {
            throw new ComplianceInputException("-RegisteredOn", $"a date on or after {dateInput} ({registration.Date:yyyy-MM-dd})", Iso.Date(registered));
        }

        var scheduler = periods is null || ReferenceEquals(periods, PeriodCalculator.Default)
            ? ComplianceScheduler.Default
            : new ComplianceScheduler(ObligationCatalogue.Default, periods);
        var final = scheduler.Catalogue.GetRegulation(FinalMeasures);
        var regime = final.EffectiveOn is { } inForce && registration.Date < inForce ? EthicsRegime.Draft : EthicsRegime.Final;
        var schedule = scheduler.Build(UnitProfile(registration), asOf);
        var deadlines = new List<EthicsDeadline>();
        var advisories = new List<EthicsDeadline>();
        foreach (var item in schedule.Items)
        {
            if (item.DueDate is not { } due || item.Status == ScheduleStatus.NotApplicable || KeyOf(item.ObligationId) is not { } key)
            {
                continue;
            }

            var deadline = new EthicsDeadline
            {
                Key = item.IsAdvisory ? key + "-advisory" : key,
                What = item.Title + (item.IsAdvisory ? " (advisory: not confirmed, never a deadline)" : string.Empty),
                DueDate = due,
                Basis = scheduler.Catalogue.GetObligation(item.ObligationId).Deadlines.FirstOrDefault(r => item.Deadline.Contains(r.Source.Display, StringComparison.Ordinal))?.Source
                    ?? scheduler.Catalogue.GetObligation(item.ObligationId).Sources[^1],
                IsBinding = !item.IsAdvisory,
                IsAdvisory = item.IsAdvisory,
                SatisfiedOn = item.Status == ScheduleStatus.Satisfied ? registration.RegisteredOn : null,
                Status = item.Status,
                Note = item.Deadline,
            };
            (item.IsAdvisory ? advisories : deadlines).Add(deadline);
        }

        var notes = new List<string>();
        if (regime == EthicsRegime.Draft)
        {
            notes.Add($"{(committee ? "Established" : "Approved")} on {registration.Date:yyyy-MM-dd}, before the final measures took effect on {final.EffectiveOn:yyyy-MM-dd}: periods count from that date (no transitional rule was found), as in Get-ComplianceSchedule.");
        }

        if (!committee && !registration.OnExpertReviewList)
        {
            notes.Add("The activity is not on the expert-review list, so it needs no platform registration of its own.");
        }

        return new EthicsOutcome
        {
            Registration = registration,
            Regime = regime,
            Deadlines = [.. deadlines.OrderBy(d => d.DueDate)],
            Advisories = advisories,
            Notes = notes,
            Event = new ServiceEvent
            {
                Type = committee ? ServiceEventType.EthicsCommitteeEstablished : ServiceEventType.EthicsApprovalObtained,
                Date = registration.Date,
                Subject = registration.Name,
                ExpertReviewList = registration.OnExpertReviewList,
            },
        };
    }

    private static string? KeyOf(string obligationId) => obligationId switch
    {
        "ethics-committee-registration" => "committee-registration",
        "ethics-listed-activity-registration" => "activity-registration",
        "ethics-annual-report" => "annual-report",
        "ethics-follow-up-review" => "follow-up-review",
        _ => null,
    };

    // A research unit that holds only this committee or activity, offered nowhere: only the ethics rules apply.
    private static ServiceProfile UnitProfile(EthicsRegistration registration)
    {
        var committee = registration.Kind == EthicsRegistrationKind.Committee;
        return new ServiceProfile
        {
            Name = "ethics-review",
            Provider = new Provider { Name = registration.Name, Roles = [ObligorRole.ResearchUnit] },
            OfferedInPrc = false,
            Ethics = committee
                ? new EthicsRecords { CommitteeEstablishedOn = registration.Date, CommitteeRegisteredOn = registration.RegisteredOn }
                : new EthicsRecords
                {
                    Activities = [new EthicsActivity { Name = registration.Name, ApprovedOn = registration.Date, OnExpertReviewList = registration.OnExpertReviewList, RegisteredOn = registration.RegisteredOn }],
                },
        };
    }
}
