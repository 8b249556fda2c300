namespace AiRegOps.Core.Watch;

/// <summary>A profile file as read from a repository's default branch.</summary>
public sealed record ProfileFile(string Sha, string Yaml, string SourceName);
