namespace AiRegOps.Core.Profiles;

/// <summary>The unit's ethics committee and reviewed activities (S&amp;T Ethics Review Measures).</summary>
public sealed record EthicsRecords
{
    public DateOnly? CommitteeEstablishedOn { get; init; }
    public DateOnly? CommitteeRegisteredOn { get; init; }
    public IReadOnlyList<EthicsActivity> Activities { get; init; } = [];

    /// <summary>Years whose annual report (due 31 March of the next year) was submitted.</summary>
    public IReadOnlyList<int> AnnualReportsSubmitted { get; init; } = [];

    public static EthicsRecords None { get; } = new();
}
