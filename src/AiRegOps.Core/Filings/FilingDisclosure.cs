namespace AiRegOps.Core.Filings;

/// <summary>The text to be made public under ARR Art. 16 and filed as 拟公示内容 under ARR Art. 24(1).</summary>
public sealed record FilingDisclosure
{
    /// <summary>基本原理: basic principles of the algorithm.</summary>
    public string? BasicPrinciples { get; init; }

    /// <summary>目的意图: purpose.</summary>
    public string? Purpose { get; init; }

    /// <summary>主要运行机制: main operating mechanism.</summary>
    public string? MainMechanism { get; init; }
}
