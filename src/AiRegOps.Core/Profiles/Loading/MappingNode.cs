namespace AiRegOps.Core.Profiles.Loading;

/// <summary>A YAML mapping, its entries in source order.</summary>
internal sealed class MappingNode : Node
{
    public MappingNode(int line, int column)
        : base(line, column)
    {
    }

    public List<MappingEntry> Entries { get; } = [];

    public override string Describe() => "a mapping";
}
