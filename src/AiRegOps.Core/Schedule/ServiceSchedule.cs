using AiRegOps.Core.Attributes;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Schedule;

/// <summary>The schedule of one service as of one date.</summary>
public sealed record ServiceSchedule
{
    public required ServiceProfile Service { get; init; }
    public required DateOnly AsOf { get; init; }
    public required IReadOnlyList<ScheduleItem> Items { get; init; }
    public required PublicOpinionResult PublicOpinion { get; init; }

    /// <summary>The dated catalogue version the schedule was computed with.</summary>
    public required string CatalogueVersion { get; init; }

    /// <summary>Problems with the inputs that do not stop the schedule, e.g. a completion record for an unknown obligation.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Whether missed policy targets count as failures (profile policy gatePolicyTargets).</summary>
    public bool PolicyTargetsGated { get; init; }

    public int Count(ScheduleStatus status) => Items.Count(i => i.Status == status);
}
