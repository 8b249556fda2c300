using AiRegOps.Core.Calendar;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reports;

namespace AiRegOps.Core.Ethics;

/// <summary>
/// Works out what follows an ethics registration: platform registration within 30 calendar days (extended to a
/// working day, Civil Code Art. 203), the annual report each 31 March, and follow-up reviews at most every 12
/// months; stricter unconfirmed intervals as advisories. Before 2023-12-01 the draft applied, and it binds nothing.
/// </summary>
public static class EthicsReviewPlanner
{
    public const int RegistrationDays = 30;
    public const int FollowUpMonths = 12;
    public const int AdvisoryFollowUpMonths = 6;

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

        var calculator = periods ?? PeriodCalculator.Default;
        var regime = registration.Date < EthicsCitations.FinalInForce ? EthicsRegime.Draft : EthicsRegime.Final;
        var eventBinds = regime == EthicsRegime.Final;
        var deadlines = new List<EthicsDeadline>();
        var advisories = new List<EthicsDeadline>();
        var notes = new List<string>();

        if (committee || registration.OnExpertReviewList)
        {
            var period = calculator.AddCalendarDays(registration.Date, RegistrationDays);
            deadlines.Add(new EthicsDeadline
            {
                Key = committee ? "committee-registration" : "activity-registration",
                What = committee ? "Register the committee on the national S&T ethics registration platform" : "Register the listed activity on the national S&T ethics registration platform",
                DueDate = period.DueDate,
                Period = period,
                Basis = EthicsCitations.Registration,
                IsBinding = eventBinds,
                SatisfiedOn = registration.RegisteredOn,
                Note = period.WasExtended ? $"day 30 ({period.NominalDueDate:yyyy-MM-dd}) is a rest day; extended to the next working day (Civil Code Art. 203)" : null,
            });
        }

        deadlines.Add(AnnualReport(registration, asOf));
        if (!committee)
        {
            AddFollowUps(registration, asOf, calculator, eventBinds, deadlines, advisories);
        }

        if (regime == EthicsRegime.Draft)
        {
            notes.Add($"{(committee ? "Established" : "Approved")} on {registration.Date:yyyy-MM-dd}, before the final measures took effect on {EthicsCitations.FinalInForce:yyyy-MM-dd}: only the draft existed, and it binds nothing ({EthicsCitations.Draft.Note}). Whether the final measures required earlier committees to register within a transition period was not found [NOT FOUND].");
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

    // The report covers the previous year, so the first one is due 31 March of the year after the event.
    private static EthicsDeadline AnnualReport(EthicsRegistration registration, DateOnly asOf)
    {
        var first = new DateOnly(registration.Date.Year + 1, 3, 31);
        var due = first;
        while (due < asOf)
        {
            due = due.AddYears(1);
        }

        return new EthicsDeadline
        {
            Key = "annual-report",
            What = registration.Kind == EthicsRegistrationKind.Committee
                ? $"Submit the committee's annual report for {due.Year - 1} (then every 31 March)"
                : $"Report the activity's implementation for {due.Year - 1} with the unit's annual report (then every 31 March)",
            DueDate = due,
            Basis = EthicsCitations.AnnualReport,
            IsBinding = due >= EthicsCitations.FinalInForce,
            Note = "a fixed date each year, not a period, so not extended",
        };
    }

    private static void AddFollowUps(EthicsRegistration registration, DateOnly asOf, PeriodCalculator calculator, bool binds, List<EthicsDeadline> deadlines, List<EthicsDeadline> advisories)
    {
        var anchor = registration.Date;
        var period = calculator.AddMonths(anchor, FollowUpMonths);

        // Show the next review due on or after the as-of date, assuming each earlier one was done on its last day.
        while (period.DueDate < asOf)
        {
            anchor = period.DueDate;
            period = calculator.AddMonths(anchor, FollowUpMonths);
        }

        deadlines.Add(new EthicsDeadline
        {
            Key = "follow-up-review",
            What = "Follow-up ethics review of the approved activity (generally at most every 12 months)",
            DueDate = period.DueDate,
            Period = period,
            Basis = EthicsCitations.FollowUp,
            IsBinding = binds,
            Note = anchor == registration.Date ? "12 months after approval" : $"12 months after the previous review, assumed on {anchor:yyyy-MM-dd}",
        });

        if (registration.OnExpertReviewList)
        {
            var stricter = calculator.AddMonths(registration.Date, AdvisoryFollowUpMonths);
            advisories.Add(new EthicsDeadline
            {
                Key = "follow-up-review-advisory",
                What = "Advisory: follow-up review every 6 months for high-risk AI activities (not confirmed; not a deadline)",
                DueDate = stricter.DueDate,
                Period = stricter,
                Basis = EthicsCitations.AiMeasures2026,
                IsBinding = false,
                IsAdvisory = true,
            });
        }
    }
}
