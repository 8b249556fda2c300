namespace AiRegOps.Core.Assessments;

/// <summary>The log fields the seed document lists for SA2018 focus item (3), as profile names.</summary>
public static class LogFields
{
    /// <summary>Account, operation time and type, source and destination address, source port, client hardware, published content.</summary>
    public static IReadOnlyList<string> Required { get; } =
        ["account", "operation-time", "operation-type", "source-address", "destination-address", "source-port", "client-hardware", "published-content"];

    /// <summary>Accepted but not required: the seed names the source port only.</summary>
    public static IReadOnlyList<string> Optional { get; } = ["destination-port"];

    /// <summary>The minimum log retention the catalogue's network-log-retention duty states (it also runs after termination).</summary>
    public static int MinimumRetentionMonths => Catalogue.ObligationCatalogue.Default.GetObligation("network-log-retention").AfterTermination?.Months ?? 0;
}
