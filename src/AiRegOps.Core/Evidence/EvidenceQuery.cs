namespace AiRegOps.Core.Evidence;

/// <summary>Which evidence to list; a null field matches anything.</summary>
public sealed record EvidenceQuery
{
    public string? Service { get; init; }
    public string? ObligationId { get; init; }
    public string? Period { get; init; }
    public string? DeploymentId { get; init; }
    public ContentHash? Hash { get; init; }

    public static EvidenceQuery All { get; } = new();

    public bool Matches(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var m = entry.Metadata;
        return (ObligationId is null || string.Equals(ObligationId, m.ObligationId, StringComparison.OrdinalIgnoreCase))
            && (Period is null || string.Equals(Period, m.Period, StringComparison.Ordinal))
            && (DeploymentId is null || string.Equals(DeploymentId, m.DeploymentId, StringComparison.Ordinal))
            && (Hash is null || Hash == entry.ContentHash);
    }
}
