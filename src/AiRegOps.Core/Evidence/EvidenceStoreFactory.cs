namespace AiRegOps.Core.Evidence;

/// <summary>
/// Opens the evidence location a session chose: a local folder by default, or whatever <see cref="EvidenceStoreOptions"/>
/// describes (Azure options come from AiRegOps.Azure). A cmdlet that chooses the store keeps the result for the session.
/// </summary>
public static class EvidenceStoreFactory
{
    /// <param name="options">Where evidence lives; null for the local default (<c>.airegops</c> under <paramref name="workingFolder"/>).</param>
    /// <param name="workingFolder">The folder the default is relative to (a cmdlet passes the session's current location).</param>
    /// <param name="time">The clock; the system clock when null.</param>
    public static EvidenceService Create(EvidenceStoreOptions? options = null, string? workingFolder = null, TimeProvider? time = null) =>
        EvidenceService.Create(options ?? LocalEvidenceStoreOptions.Default(workingFolder ?? Directory.GetCurrentDirectory()), time);
}
