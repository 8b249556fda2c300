namespace AiRegOps.Core.Profiles.Loading;

/// <summary>
/// Stands in for a node that already has an error (an alias to no anchor, nesting too deep). Errors about it are
/// dropped, so one mistake gives one message instead of a cascade.
/// </summary>
internal sealed class InvalidNode : Node
{
    public InvalidNode(int line, int column)
        : base(line, column)
    {
    }

    public override string Describe() => "an invalid value";
}
