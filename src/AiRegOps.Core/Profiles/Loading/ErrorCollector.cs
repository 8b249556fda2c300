namespace AiRegOps.Core.Profiles.Loading;

/// <summary>Collects the errors of one file, so that every problem is reported at once.</summary>
internal sealed class ErrorCollector
{
    public ErrorCollector(string file)
    {
        File = file;
    }

    public string File { get; }

    public List<ProfileError> Errors { get; } = [];

    public int Count => Errors.Count;

    public void Add(int line, int column, string path, string message) =>
        Errors.Add(new ProfileError(File, line, column, path, message));

    /// <summary>Adds an error about a node, unless the node is an <see cref="InvalidNode"/> whose error is already in.</summary>
    public void Add(Node node, string path, string message)
    {
        if (node is not InvalidNode)
        {
            Add(node.Line, node.Column, path, message);
        }
    }
}
