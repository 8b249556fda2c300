using AiRegOps.Core.Calendar;

namespace AiRegOps.Core.Schedule;

/// <summary>
/// Collects an item's warnings without allocating when there are none, and shares a cached one-element list when the
/// only warning is one every such item carries (a policy interval, a rule without a period).
/// </summary>
internal struct WarningList
{
    private string? first;
    private IReadOnlyList<string>? firstAlone;
    private List<string>? all;

    public void Add(string warning) => Add(warning, alone: null);

    /// <param name="warning">The warning.</param>
    /// <param name="alone">A shared list holding only <paramref name="warning"/>, used when it stays the only one.</param>
    public void Add(string warning, IReadOnlyList<string>? alone)
    {
        if (all is not null)
        {
            all.Add(warning);
        }
        else if (first is null)
        {
            first = warning;
            firstAlone = alone;
        }
        else
        {
            all = [first, warning];
        }
    }

    /// <summary>The warnings about years without a holiday notice that the period depends on.</summary>
    public void AddCalendar(ChinaWorkingDayCalendar calendar, PeriodEnd period)
    {
        var warnings = calendar.WarningsFor(period.Start, period.DueDate);
        for (var i = 0; i < warnings.Count; i++)
        {
            Add(warnings[i].Message);
        }
    }

    public readonly IReadOnlyList<string> ToList() =>
        all ?? (first is null ? [] : firstAlone ?? [first]);
}
