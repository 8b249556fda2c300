namespace AiRegOps.Core.Profiles.Loading;

/// <summary>
/// One key and value. <paramref name="DuplicateOf"/> is the first key with the same text when this key repeats it:
/// the tree keeps both so the profile reader can report the duplicate with its field path. A class, not a struct: a
/// list of a struct of this assembly is compiled by the JIT on first use, which a new PowerShell session waits for.
/// </summary>
internal sealed record MappingEntry(Node Key, Node Value, ScalarNode? DuplicateOf);
