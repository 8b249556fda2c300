namespace AiRegOps.Core.Reminders;

/// <summary>The labels AiRegOps manages. Every reminder carries <see cref="Reminder"/>; listing filters by it.</summary>
public static class ReminderLabels
{
    /// <summary>On every reminder; the issues API lists reminders by this label (100 per read).</summary>
    public const string Reminder = "airegops";

    public const string Due = "airegops:due";
    public const string Overdue = "airegops:overdue";
    public const string Upcoming = "airegops:upcoming";
    public const string Satisfied = "airegops:satisfied";
    public const string NotApplicable = "airegops:not-applicable";

    /// <summary>GitHub's limit on a label name.</summary>
    public const int MaxLength = 50;

    /// <summary>True for labels AiRegOps sets and replaces (status labels); people's own labels are kept.</summary>
    public static bool IsManaged(string label) =>
        label is not null && label.StartsWith(Reminder, StringComparison.OrdinalIgnoreCase);
}
