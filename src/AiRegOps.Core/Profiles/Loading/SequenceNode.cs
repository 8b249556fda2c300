namespace AiRegOps.Core.Profiles.Loading;

/// <summary>A YAML sequence.</summary>
internal sealed class SequenceNode : Node
{
    public SequenceNode(int line, int column)
        : base(line, column)
    {
    }

    public List<Node> Items { get; } = [];

    public override string Describe() => "a list";
}
