namespace AiRegOps.Core.Profiles;

/// <summary>One entry of the fixed feature vocabulary.</summary>
public sealed record FeatureDefinition(string Id, string NameZh, string Description, PublicOpinionBasis Basis);
