namespace AiRegOps.Core.Profiles.Loading;

/// <summary>
/// One problem found in a service profile: where it is (file, 1-based line and column of the offending node),
/// which field (a path such as <c>spec.technologies.algorithms[1]</c>) and what was expected.
/// </summary>
/// <remarks>
/// Errors that belong to no field use <c>(document)</c> (YAML syntax, a document that is not a mapping) or
/// <c>(file)</c> (a file with no service) or <c>(folder)</c> (a folder with no profile files) as the path.
/// </remarks>
public sealed record ProfileError(string File, int Line, int Column, string Path, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Path}: {Message}";
}
