using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Reminders;

/// <summary>What a reminder is about: one occurrence (period) of one obligation for one service. Never the title.</summary>
public sealed record ReminderKey
{
    public ReminderKey(string service, string obligationId, string periodKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(service);
        ArgumentException.ThrowIfNullOrEmpty(obligationId);
        ArgumentException.ThrowIfNullOrEmpty(periodKey);
        Service = service;
        ObligationId = obligationId;
        PeriodKey = periodKey;
    }

    public string Service { get; }
    public string ObligationId { get; }
    public string PeriodKey { get; }

    public static ReminderKey Of(ScheduleItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new ReminderKey(item.Service, item.ObligationId, item.PeriodKey);
    }

    public override string ToString() => $"{Service}/{ObligationId}/{PeriodKey}";
}
