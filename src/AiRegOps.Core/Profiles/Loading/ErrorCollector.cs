namespace AiRegOps.Core.Profiles.Loading;

/// <summary>
/// Collects the errors of one file, so that every problem is reported at once, within bounds: at most
/// <see cref="MaxErrors"/> are kept (the rest are counted), and each message and path is made one line of bounded
/// length, so a hostile file cannot make its error report huge or forge a CI log command on a line of its own.
/// </summary>
internal sealed class ErrorCollector
{
    /// <summary>The most errors kept for one file.</summary>
    public const int MaxErrors = 100;

    /// <summary>The longest message kept (characters); values inside are already cut shorter.</summary>
    public const int MaxMessageLength = 600;

    public ErrorCollector(string file)
    {
        File = TextSafety.ForMessage(file, 1000);
    }

    public string File { get; }

    public List<ProfileError> Errors { get; } = [];

    public int Count => Errors.Count + Dropped;

    /// <summary>Errors found beyond <see cref="MaxErrors"/>, counted but not kept.</summary>
    public int Dropped { get; private set; }

    public void Add(int line, int column, string path, string message)
    {
        if (Errors.Count >= MaxErrors)
        {
            Dropped++;
            return;
        }

        Errors.Add(new ProfileError(File, line, column, TextSafety.ForMessage(path, 200), TextSafety.ForMessage(message, MaxMessageLength)));
    }

    /// <summary>Adds an error about a node, unless the node is an <see cref="InvalidNode"/> whose error is already in.</summary>
    public void Add(Node node, string path, string message)
    {
        if (node is not InvalidNode)
        {
            Add(node.Line, node.Column, path, message);
        }
    }
}
