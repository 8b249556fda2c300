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

    public void Add(Node node, string path, string message) => Add(node.Line, node.Column, path, message);
}
