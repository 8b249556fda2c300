using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Assessments;

/// <summary>What a finding rests on: a declared profile field (with the profile's location) or supplied evidence.</summary>
public sealed record EvidenceReference
{
    /// <summary>"controls.logRetentionMonths = 6", or an evidence path, URL or id.</summary>
    public required string Reference { get; init; }

    /// <summary>The profile file and line, when the reference is a profile field read from a file.</summary>
    public SourceLocation? Location { get; init; }

    public override string ToString() => Location is { } location ? $"{Reference} ({location})" : Reference;
}
