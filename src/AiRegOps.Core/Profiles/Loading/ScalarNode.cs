namespace AiRegOps.Core.Profiles.Loading;

/// <summary>A YAML scalar. Plain (unquoted) scalars can be null, booleans or integers; quoted ones are always strings.</summary>
internal sealed class ScalarNode : Node
{
    public ScalarNode(string value, bool isPlain, int line, int column)
        : base(line, column)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    public bool IsPlain { get; }

    /// <summary>An empty value or a plain null in the YAML 1.2 core schema (<c>~</c>, <c>null</c>).</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "an empty value" : $"'{Value}'";
}
