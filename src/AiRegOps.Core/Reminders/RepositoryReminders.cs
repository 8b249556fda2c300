using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Reminders;

/// <summary>One repository and the reminders its services' schedules call for: the unit a sweep plans.</summary>
public sealed record RepositoryReminders
{
    public required RepositoryRef Repository { get; init; }
    public required IReadOnlyList<DesiredReminder> Reminders { get; init; }

    /// <summary>
    /// Services whose schedules <see cref="Reminders"/> covers in full: their open reminders that are no longer
    /// scheduled get closed. Null means the services named in <see cref="Reminders"/>.
    /// </summary>
    public IReadOnlyList<string>? ServicesInScope { get; init; }

    /// <summary>The reminders of <paramref name="schedules"/>, rendered by <paramref name="composer"/>.</summary>
    public static RepositoryReminders From(RepositoryRef repository, IEnumerable<ServiceSchedule> schedules, ReminderComposer? composer = null)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        composer ??= new ReminderComposer();
        var list = schedules.ToList();
        return new RepositoryReminders
        {
            Repository = repository,
            Reminders = list.SelectMany(composer.Compose).ToList(),
            ServicesInScope = list.Select(s => s.Service.Name).Distinct(StringComparer.Ordinal).ToList(),
        };
    }

    public override string ToString() => $"{Repository} ({Reminders.Count} reminders)";
}
