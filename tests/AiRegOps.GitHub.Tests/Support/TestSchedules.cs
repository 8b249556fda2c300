using AiRegOps.Core;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reminders;
using AiRegOps.Core.Schedule;

namespace AiRegOps.GitHub.Tests.Support;

/// <summary>Synthetic profiles and schedule items: three items due per service, plus one upcoming and one not applicable.</summary>
internal static class TestSchedules
{
    public static readonly DateOnly Launched = new(2025, 9, 26);

    public static ServiceProfile Profile(string name, string[]? owners = null, string[]? labels = null) => new()
    {
        Name = name,
        DisplayName = $"Service {name}",
        Owners = owners ?? ["alice", "@example/compliance"],
        Labels = labels ?? ["compliance"],
        Provider = new Provider { Name = "Example Co." },
    };

    public static ScheduleItem Item(string service, string obligation, string period, ScheduleStatus status, DateOnly? due, string? satisfiedBy = null) => new()
    {
        Service = service,
        ObligationId = obligation,
        Title = $"Duty {obligation}",
        PeriodKey = period,
        DueDate = due,
        Status = status,
        TriggeredOn = period.StartsWith("launched@", StringComparison.Ordinal) ? Launched : null,
        Reasons = ["the service provides generative AI to the public (GAIM Art. 2)", "GAIM is in force since 2023-08-15"],
        Deadline = due is null ? string.Empty : $"10 working days after launched on {Launched:yyyy-MM-dd} (ARR Art. 24(1))",
        Citations = ["ARR Art. 24(1)"],
        Confidence = Confidence.Confirmed,
        SatisfiedBy = satisfiedBy,
    };

    /// <summary>Items of one service: three that warrant an issue, one upcoming, one not applicable.</summary>
    public static List<ScheduleItem> Items(string service, DateOnly? filingDue = null, bool filingSatisfied = false) =>
    [
        filingSatisfied
            ? Item(service, "arr-algorithm-filing", $"launched@{Launched:yyyy-MM-dd}", ScheduleStatus.Satisfied, filingDue ?? new DateOnly(2025, 10, 15), "filing 网信算备110108823483901230001号 on 2025-10-10")
            : Item(service, "arr-algorithm-filing", $"launched@{Launched:yyyy-MM-dd}", ScheduleStatus.Due, filingDue ?? new DateOnly(2025, 10, 15)),
        Item(service, "sa2018-security-assessment", $"launched@{Launched:yyyy-MM-dd}", ScheduleStatus.Overdue, new DateOnly(2025, 9, 26)),
        // Triggered by an event with no legal period: due, undated, and reminded.
        Item(service, "sa-security-assessment", "significant-user-growth@2026-01-12", ScheduleStatus.Due, null),
        // A continuing duty with no date is a standing control: never reminded.
        Item(service, "gaim-content-labelling", PeriodKeys.Continuous, ScheduleStatus.Due, null),
        Item(service, "arr-annual-review", "FY2026", ScheduleStatus.Upcoming, new DateOnly(2026, 12, 31)),
        Item(service, "dsp-deep-synthesis-filing", PeriodKeys.Continuous, ScheduleStatus.NotApplicable, null),
    ];

    public static RepositoryReminders Repository(string repository, IEnumerable<string> services, Func<string, List<ScheduleItem>>? items = null, Func<string, ServiceProfile>? profile = null)
    {
        var composer = new ReminderComposer();
        var names = services.ToList();
        var reminders = new List<DesiredReminder>();
        foreach (var service in names)
        {
            var p = profile?.Invoke(service) ?? Profile(service);
            foreach (var item in items?.Invoke(service) ?? Items(service))
            {
                if (composer.Compose(p, item) is { } desired)
                {
                    reminders.Add(desired);
                }
            }
        }

        return new RepositoryReminders { Repository = RepositoryRef.Parse(repository), Reminders = reminders, ServicesInScope = names };
    }
}
