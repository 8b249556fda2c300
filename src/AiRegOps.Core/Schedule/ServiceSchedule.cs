using System.Diagnostics.CodeAnalysis;
using AiRegOps.Core.Attributes;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Schedule;

/// <summary>The schedule of one service as of one date.</summary>
public sealed record ServiceSchedule
{
    /// <summary>An empty schedule, for producers that set every value.</summary>
    public ServiceSchedule()
    {
    }

    /// <summary>A schedule the scheduler made: the public-opinion test is worked out when first read.</summary>
#pragma warning disable CS8618 // PublicOpinion is derived from the context on first read.
    [SetsRequiredMembers]
    internal ServiceSchedule(ScheduleContext context, IReadOnlyList<ScheduleItem> items, string catalogueVersion)
    {
        Context = context;
        Service = context.Profile;
        AsOf = context.AsOf;
        Items = items;
        CatalogueVersion = catalogueVersion;
    }
#pragma warning restore CS8618

    public required ServiceProfile Service { get; init; }
    public required DateOnly AsOf { get; init; }
    public required IReadOnlyList<ScheduleItem> Items { get; init; }
    /// <summary>The SA2018 Art. 2 test on the service's features; worked out when first read for a schedule the scheduler made.</summary>
    public required PublicOpinionResult PublicOpinion
    {
        get => field ??= Context!.PublicOpinion;
        init;
    }

    /// <summary>The scheduler's working state, kept so that <see cref="PublicOpinion"/> is worked out only if read.</summary>
    internal ScheduleContext? Context { get; init; }

    /// <summary>The dated catalogue version the schedule was computed with.</summary>
    public required string CatalogueVersion { get; init; }

    /// <summary>Problems with the inputs that do not stop the schedule, e.g. a completion record for an unknown obligation.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Whether missed policy targets count as failures (profile policy gatePolicyTargets).</summary>
    public bool PolicyTargetsGated { get; init; }

    public int Count(ScheduleStatus status) => Items.Count(i => i.Status == status);
}
