namespace AiRegOps.Core.Profiles;

/// <summary>Choices the law leaves to the organisation. Every date computed from one is shown as policy, never as law.</summary>
public sealed record SchedulePolicy
{
    /// <summary>The name catalogue policy rules use for <see cref="AlgorithmReviewIntervalMonths"/>.</summary>
    public const string AlgorithmReviewIntervalSetting = "algorithmReviewIntervalMonths";

    /// <summary>The name catalogue policy rules use for <see cref="UndatedDutyTargetWorkingDays"/>.</summary>
    public const string UndatedDutyTargetSetting = "undatedDutyTargetWorkingDays";

    /// <summary>The settings a catalogue policy rule may name.</summary>
    public static IReadOnlyList<string> Settings { get; } = [AlgorithmReviewIntervalSetting, UndatedDutyTargetSetting];

    /// <summary>Interval of the periodic algorithm review (ARR Art. 8, DSP Art. 15 set none). Default 12 months.</summary>
    public int AlgorithmReviewIntervalMonths { get; init; } = 12;

    /// <summary>
    /// The organisation's target, in working days after the triggering event, for a duty the law triggers but does not
    /// date (e.g. handling harmful information "promptly"). Default 5.
    /// </summary>
    public int UndatedDutyTargetWorkingDays { get; init; } = 5;

    /// <summary>How many calendar days before a due date an item turns from Upcoming to Due. Default 30.</summary>
    public int ReminderLeadDays { get; init; } = 30;

    /// <summary>Whether missed policy targets fail Invoke-ComplianceGate. Default false: the gate enforces law only.</summary>
    public bool GatePolicyTargets { get; init; }

    /// <summary>
    /// Whether overdue duties from recommended standards (GB/T 45654 keyword and test-bank updates) fail the CI gate.
    /// Default false: they are scheduled and reminded, but a recommended standard does not bind by itself.
    /// </summary>
    public bool GateRecommendedStandards { get; init; }

    public static SchedulePolicy Default { get; } = new();

    public static bool IsSetting(string name) => Settings.Contains(name, StringComparer.Ordinal);

    /// <summary>The value of a policy setting named by a catalogue rule.</summary>
    public int ValueOf(string setting, int fallback) => setting switch
    {
        AlgorithmReviewIntervalSetting => AlgorithmReviewIntervalMonths,
        UndatedDutyTargetSetting => UndatedDutyTargetWorkingDays,
        _ => fallback,
    };
}
