namespace AiRegOps.Core.Catalogue.Conditions;

/// <summary>The two shapes a fact about a service takes in the condition language.</summary>
public enum FactKind
{
    /// <summary>True or false: tested with <c>equals</c>.</summary>
    Flag,

    /// <summary>A set of names from a fixed vocabulary: tested with <c>in</c> (any of), <c>all</c> (every one of) or <c>exists</c>.</summary>
    Set,
}
