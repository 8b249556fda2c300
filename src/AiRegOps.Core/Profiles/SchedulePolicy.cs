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

    /// <summary>
    /// Whether overdue duties from recommended standards (GB/T 45654 keyword and test-bank updates) fail the CI gate.
    /// Default false: they are scheduled and reminded, but a recommended standard does not bind by itself.
    /// </summary>
    public bool GateRecommendedStandards { get; init; }

    public static SchedulePolicy Default { get; } = new();
}
