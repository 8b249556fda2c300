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

    /// <summary>Values are shown escaped and cut short: a message must stay one line and small, whatever the value.</summary>
    public override string Describe() => IsNull ? "an empty value" : $"'{TextSafety.ForMessage(Value, MaxShown)}'";

    /// <summary>The most characters of a value an error message shows.</summary>
    public const int MaxShown = 80;
}
