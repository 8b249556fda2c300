namespace AiRegOps.Core.Profiles;

/// <summary>The three filing procedures of ARR Art. 24.</summary>
public enum FilingKind
{
    /// <summary>First filing (Art. 24(1)).</summary>
    New,

    /// <summary>Change of filed information (Art. 24(2)).</summary>
    Change,

    /// <summary>Cancellation on termination (Art. 24(3)).</summary>
    Cancel,
}
