namespace AiRegOps.Core.Catalogue.Conditions;

/// <summary>The node kinds of the condition language (docs/catalogue.md, "Conditions").</summary>
public enum ConditionOperator : byte
{
    /// <summary><c>allOf: [...]</c>: every child holds (an empty list holds).</summary>
    AllOf,

    /// <summary><c>anyOf: [...]</c>: at least one child holds.</summary>
    AnyOf,

    /// <summary><c>not: {...}</c>: the child does not hold.</summary>
    Not,

    /// <summary><c>{ fact, equals: true|false }</c> on a flag.</summary>
    Equals,

    /// <summary><c>{ fact, in: [...] }</c> on a set: the service has at least one of the listed members.</summary>
    In,

    /// <summary><c>{ fact, all: [...] }</c> on a set: the service has every listed member.</summary>
    All,

    /// <summary><c>{ fact, exists: true|false }</c> on a set: the set is (or is not) empty.</summary>
    Exists,
}
