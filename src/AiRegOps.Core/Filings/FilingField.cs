using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Filings;

/// <summary>One field of the filing form, labelled in Chinese and English, with its value or its absence.</summary>
public sealed record FilingField
{
    /// <summary>Stable key for the JSON, e.g. "providerName".</summary>
    public required string Key { get; init; }

    public required string LabelZh { get; init; }
    public required string LabelEn { get; init; }

    /// <summary>The value; null when nobody supplied it (it is then listed as missing if required).</summary>
    public string? Value { get; init; }

    public bool Required { get; init; } = true;

    /// <summary>Where the value came from: "profile", "parameter", "generated".</summary>
    public string? Origin { get; init; }

    /// <summary>How to supply it when missing (profile field or cmdlet parameter).</summary>
    public string? HowToSupply { get; init; }

    /// <summary>The same hint in Chinese (parameter and profile field names stay as they are typed).</summary>
    public string? HowToSupplyZh { get; init; }

    public SourceCitation? Basis { get; init; }

    public bool IsMissing => Required && string.IsNullOrWhiteSpace(Value);

    /// <summary>"服务形式 / Service form".</summary>
    public string Label => $"{LabelZh} / {LabelEn}";
}
