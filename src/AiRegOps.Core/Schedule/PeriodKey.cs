using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Schedule;

/// <summary>An occurrence's period key as values, written out (<see cref="PeriodKeys.Render"/>) only when compared or read.</summary>
internal readonly record struct PeriodKey(PeriodKind Kind, DeadlineRule? Rule = null, ServiceEvent? Trigger = null, int Number = 0)
{
    public static PeriodKey Continuous => default;

    /// <summary>The year of an "FY2025" key; null for other keys.</summary>
    public int? Year => Kind == PeriodKind.Year && Rule is not { IsAdvisory: true } ? Number : null;

    public bool Is(string text) => string.Equals(text, ToString(), StringComparison.Ordinal);

    public override string ToString() => PeriodKeys.Render(Kind, Rule, Trigger, Number);
}
