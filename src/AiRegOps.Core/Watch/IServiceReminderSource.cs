using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reminders;

namespace AiRegOps.Core.Watch;

/// <summary>
/// Reminders a service needs besides those its schedule calls for (for example the files a label check found
/// non-conformant). Planned with the schedule's reminders, so a sweep keeps them open instead of closing them as
/// "no longer in the service's schedule", and so a single plan never disagrees with itself.
/// </summary>
public interface IServiceReminderSource
{
    /// <summary>The extra reminders of <paramref name="service"/>: open ones to keep, and closing ones for what was fixed.</summary>
    Task<IReadOnlyList<DesiredReminder>> RemindersAsync(ServiceProfile service, CancellationToken cancellationToken);
}
