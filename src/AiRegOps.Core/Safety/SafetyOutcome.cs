namespace AiRegOps.Core.Safety;

/// <summary>The verdict on one answer or one corpus item.</summary>
public enum SafetyOutcome
{
    Pass,
    Fail,
    Refused,
    Answered,
}
