namespace AiRegOps.Core.Catalogue.Conditions;

/// <summary>
/// One node of an applicability condition as written in the catalogue. Logical nodes have children; fact tests have a
/// fact, an operator and the members (as a bit mask) or the expected flag. Any node may carry the article that makes
/// it law and a label that replaces the generated reason.
/// </summary>
public sealed record Condition
{
    public required ConditionOperator Operator { get; init; }

    /// <summary>Children of allOf, anyOf and not.</summary>
    public IReadOnlyList<Condition> Children { get; init; } = [];

    /// <summary>The fact a test reads; null for logical nodes.</summary>
    public Fact? Fact { get; init; }

    /// <summary>For in/all: the listed members as bits of <see cref="Fact"/>.</summary>
    public ulong Mask { get; init; }

    /// <summary>For equals/exists: the value expected.</summary>
    public bool Expected { get; init; } = true;

    /// <summary>The article that makes this test law, shown with the reason.</summary>
    public SourceCitation? Source { get; init; }

    /// <summary>Text that replaces the generated reason when the node holds (e.g. how a regulator applies an article).</summary>
    public string? Label { get; init; }

    /// <summary>The JSON path of the node, for messages.</summary>
    public string Path { get; init; } = "$";

    /// <summary>The condition that always holds.</summary>
    public static Condition Always { get; } = new() { Operator = ConditionOperator.AllOf };

    /// <summary>The condition in the catalogue's own notation, e.g. "technologies in [deep-synthesis]".</summary>
    public override string ToString() => Operator switch
    {
        ConditionOperator.AllOf => Children.Count == 0 ? "always" : "allOf(" + string.Join(", ", Children) + ")",
        ConditionOperator.AnyOf => "anyOf(" + string.Join(", ", Children) + ")",
        ConditionOperator.Not => $"not({Children[0]})",
        ConditionOperator.Equals => $"{Fact!.Name} equals {(Expected ? "true" : "false")}",
        ConditionOperator.Exists => $"{Fact!.Name} exists {(Expected ? "true" : "false")}",
        ConditionOperator.In => $"{Fact!.Name} in [{Fact.Join(Mask, ", ")}]",
        _ => $"{Fact!.Name} all [{Fact.Join(Mask, ", ")}]",
    };
}
