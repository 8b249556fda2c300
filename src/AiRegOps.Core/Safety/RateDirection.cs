namespace AiRegOps.Core.Safety;

/// <summary>Which side of the threshold a rate must be on.</summary>
public enum RateDirection
{
    AtLeast,
    AtMost,
}
