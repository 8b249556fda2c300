namespace AiRegOps.Core.Reminders;

/// <summary>Tallies of one run, kept mutable while it goes.</summary>
internal sealed class RunCounters
{
    public int Opened { get; set; }
    public int Updated { get; set; }
    public int Closed { get; set; }
    public int Recovered { get; set; }
    public int Failed { get; set; }
    public int Busy { get; set; }
    public List<string> Errors { get; } = [];

    public void Count(ReminderAction action)
    {
        switch (action)
        {
            case ReminderAction.Open:
                Opened++;
                break;
            case ReminderAction.Update:
                Updated++;
                break;
            case ReminderAction.Close:
                Closed++;
                break;
            default:
                break;
        }
    }
}
