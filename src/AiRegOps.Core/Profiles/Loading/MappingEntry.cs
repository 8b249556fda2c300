namespace AiRegOps.Core.Profiles.Loading;

/// <summary>
/// One key and value. <paramref name="DuplicateOf"/> is the first key with the same text when this key repeats it:
/// the tree keeps both so the profile reader can report the duplicate with its field path.
/// </summary>
internal readonly record struct MappingEntry(Node Key, Node Value, ScalarNode? DuplicateOf);
