namespace AiRegOps.Core.Profiles;

/// <summary>Something that happened to a service on a date.</summary>
public sealed record ServiceEvent
{
    public required ServiceEventType Type { get; init; }
    public required DateOnly Date { get; init; }

    /// <summary>For <see cref="ServiceEventType.FunctionAdded"/>: the feature added.</summary>
    public string? Feature { get; init; }

    public string? Note { get; init; }

    /// <summary>What the event is about, e.g. the name of an ethics-reviewed activity.</summary>
    public string? Subject { get; init; }

    /// <summary>For ethics approvals: whether the activity is on the expert-review list.</summary>
    public bool ExpertReviewList { get; init; }
}
