namespace AiRegOps.Core.Profiles;

/// <summary>A feature name outside the fixed vocabulary.</summary>
public sealed class UnknownFeatureException : ArgumentException
{
    public UnknownFeatureException(string feature)
        : base(BuildMessage(feature))
    {
        Feature = feature;
    }

    public UnknownFeatureException()
        : this(string.Empty)
    {
    }

    public UnknownFeatureException(string message, Exception innerException)
        : base(message, innerException)
    {
        Feature = string.Empty;
    }

    public string Feature { get; }

    private static string BuildMessage(string feature)
    {
        var suggestion = Suggestions.Closest(feature, FeatureVocabulary.Ids);
        var hint = suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?";
        return $"Unknown feature '{TextSafety.ForMessage(feature, 80)}'.{hint} Known features: {string.Join(", ", FeatureVocabulary.Ids)}.";
    }
}
