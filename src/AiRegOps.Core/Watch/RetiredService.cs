namespace AiRegOps.Core.Watch;

/// <summary>
/// A service removed from its profile file, with the last file text that described it. Termination starts duties
/// of its own (cancelling the filing within 20 working days, ARR Art. 24(3)), so the service is still scheduled, from
/// the profile it last had, after it has left the file.
/// </summary>
public sealed record RetiredService(string Service, string Yaml, string SourceName);
