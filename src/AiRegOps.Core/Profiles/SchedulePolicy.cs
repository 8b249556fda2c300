namespace AiRegOps.Core.Profiles;

/// <summary>Choices the law leaves to the organisation.</summary>
public sealed record SchedulePolicy
{
    /// <summary>The name catalogue policy rules use for <see cref="AlgorithmReviewIntervalMonths"/>.</summary>
    public const string AlgorithmReviewIntervalSetting = "algorithmReviewIntervalMonths";

    /// <summary>Interval of the periodic algorithm review (ARR Art. 8, DSP Art. 15 set none). Default 12 months.</summary>
    public int AlgorithmReviewIntervalMonths { get; init; } = 12;

    /// <summary>How many calendar days before a due date an item turns from Upcoming to Due. Default 30.</summary>
    public int ReminderLeadDays { get; init; } = 30;

    public static SchedulePolicy Default { get; } = new();
}
