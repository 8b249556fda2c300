namespace AiRegOps.Core.Profiles;

/// <summary>An S&amp;T activity that went through ethics review.</summary>
public sealed record EthicsActivity
{
    public required string Name { get; init; }
    public required DateOnly ApprovedOn { get; init; }

    /// <summary>Whether the activity is on the list that needs expert review (and registration).</summary>
    public bool OnExpertReviewList { get; init; }

    public DateOnly? RegisteredOn { get; init; }

    /// <summary>Dates of follow-up reviews done.</summary>
    public IReadOnlyList<DateOnly> FollowUpReviews { get; init; } = [];
}
