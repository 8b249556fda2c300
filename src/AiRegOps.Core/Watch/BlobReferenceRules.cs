namespace AiRegOps.Core.Watch;

/// <summary>
/// Which blob names a deployment event may point at. A name is a path inside its container, nothing more: URL
/// normalisation would turn <c>release-evidence/../azure-webjobs-secrets/host.json</c> into another container, so dot
/// segments, backslashes, absolute forms, percent-escapes, empty segments and control or bidirectional characters are
/// refused before anything is opened.
/// </summary>
public static class BlobReferenceRules
{
    /// <summary>Azure's limit on a blob name.</summary>
    public const int MaxNameLength = 1024;

    /// <summary>Why <paramref name="name"/> is not an acceptable blob name, or null when it is.</summary>
    public static string? NameProblem(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "the blob name is empty";
        }

        if (name.Length > MaxNameLength)
        {
            return $"the blob name is {name.Length:N0} characters; at most {MaxNameLength:N0} are allowed";
        }

        if (TextSafety.FirstForbidden(name, allowLineBreaks: false) is { } bad)
        {
            return $"the blob name holds the control or bidirectional character U+{(int)bad:X4}";
        }

        if (name.Contains('\\', StringComparison.Ordinal))
        {
            return "the blob name holds a backslash; use '/' between folders";
        }

        if (name.Contains('%', StringComparison.Ordinal))
        {
            return "the blob name holds '%': percent-escapes are not accepted in evidence blob names";
        }

        if (name.StartsWith('/') || name.Contains("://", StringComparison.Ordinal) || (name.Length >= 2 && name[1] == ':' && char.IsAsciiLetter(name[0])))
        {
            return "the blob name is absolute (a leading '/', a URL or a drive); give the name inside the container";
        }

        foreach (var segment in name.Split('/'))
        {
            if (segment.Length == 0)
            {
                return "the blob name has an empty folder ('//' or a trailing '/')";
            }

            if (segment.Trim() is "." or "..")
            {
                return "the blob name holds a '.' or '..' segment; it must name a blob inside its container";
            }
        }

        return null;
    }
}
