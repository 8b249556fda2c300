using System.Text.Json;

namespace AiRegOps.Core.Catalogue.Conditions;

/// <summary>
/// Reads a condition from the catalogue JSON and validates it as it goes: every error names the JSON path, what was
/// found and what was expected, with the closest known name for a misspelt fact or member.
/// </summary>
internal static class ConditionReader
{
    // Deep nesting is a data error; the limit also bounds the evaluator's recursion.
    private const int MaxDepth = 16;

    private static readonly string[] Logical = ["allOf", "anyOf", "not"];
    private static readonly string[] Tests = ["equals", "in", "all", "exists"];
    private static readonly string[] Annotations = ["source", "label"];

    public static Condition Read(JsonElement element, string path, Func<JsonElement, string, SourceCitation> citation) =>
        Read(element, path, citation, 0);

    private static Condition Read(JsonElement element, string path, Func<JsonElement, string, SourceCitation> citation, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Problem(path, $"conditions nest deeper than {MaxDepth} levels");
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Problem(path, $"expected a condition object, found {Kind(element)}");
        }

        string? logical = null;
        string? test = null;
        var hasFact = false;
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            if (Array.IndexOf(Logical, name) >= 0)
            {
                logical = logical is null ? name : throw Problem(path, $"a condition has one of allOf, anyOf, not; found both '{logical}' and '{name}'");
            }
            else if (Array.IndexOf(Tests, name) >= 0)
            {
                test = test is null ? name : throw Problem(path, $"a fact test has one operator; found both '{test}' and '{name}'");
            }
            else if (name == "fact")
            {
                hasFact = true;
            }
            else if (Array.IndexOf(Annotations, name) < 0)
            {
                var known = Logical.Concat(Tests).Concat(Annotations).Append("fact");
                var suggestion = Suggestions.Closest(name, known);
                throw Problem($"{path}.{name}", $"unknown property; a condition takes {string.Join(", ", known)}" +
                    (suggestion is null ? string.Empty : $". Did you mean '{suggestion}'?"));
            }
        }

        var source = element.TryGetProperty("source", out var s) ? citation(s, $"{path}.source") : null;
        var label = element.TryGetProperty("label", out var l)
            ? l.ValueKind == JsonValueKind.String ? l.GetString() : throw Problem($"{path}.label", $"expected a string, found {Kind(l)}")
            : null;
        if (logical is not null)
        {
            if (hasFact || test is not null)
            {
                throw Problem(path, $"'{logical}' combines conditions and cannot also test a fact");
            }

            return ReadLogical(element, path, logical, citation, depth) with { Source = source, Label = label, Path = path };
        }

        if (!hasFact)
        {
            throw Problem(path, "expected one of allOf, anyOf, not, or a fact test { \"fact\": ..., \"equals\"|\"in\"|\"all\"|\"exists\": ... }");
        }

        return ReadTest(element, path, test) with { Source = source, Label = label, Path = path };
    }

    private static Condition ReadLogical(JsonElement element, string path, string name, Func<JsonElement, string, SourceCitation> citation, int depth)
    {
        var value = element.GetProperty(name);
        if (name == "not")
        {
            return new Condition { Operator = ConditionOperator.Not, Children = [Read(value, $"{path}.not", citation, depth + 1)] };
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Problem($"{path}.{name}", $"expected an array of conditions, found {Kind(value)}");
        }

        var children = new List<Condition>();
        var index = 0;
        foreach (var child in value.EnumerateArray())
        {
            children.Add(Read(child, $"{path}.{name}[{index++}]", citation, depth + 1));
        }

        if (name == "anyOf" && children.Count == 0)
        {
            throw Problem($"{path}.anyOf", "an empty anyOf never holds; give at least one condition");
        }

        return new Condition { Operator = name == "allOf" ? ConditionOperator.AllOf : ConditionOperator.AnyOf, Children = children };
    }

    private static Condition ReadTest(JsonElement element, string path, string? test)
    {
        var factElement = element.GetProperty("fact");
        if (factElement.ValueKind != JsonValueKind.String)
        {
            throw Problem($"{path}.fact", $"expected a fact name, found {Kind(factElement)}");
        }

        var name = factElement.GetString()!;
        if (!Facts.TryGet(name, out var fact))
        {
            var suggestion = Suggestions.Closest(name, Facts.All.Select(f => f.Name));
            throw Problem($"{path}.fact", $"unknown fact '{name}'; known facts: {string.Join(", ", Facts.All.Select(f => f.Name))}" +
                (suggestion is null ? string.Empty : $". Did you mean '{suggestion}'?"));
        }

        if (test is null)
        {
            throw Problem(path, fact.Kind == FactKind.Flag
                ? $"fact '{name}' is a flag: test it with \"equals\": true or false"
                : $"fact '{name}' is a set: test it with \"in\", \"all\" (a list of members) or \"exists\": true or false");
        }

        var value = element.GetProperty(test);
        switch (test)
        {
            case "equals" when fact.Kind != FactKind.Flag:
                throw Problem($"{path}.equals", $"fact '{name}' is a set; use \"in\", \"all\" or \"exists\"");
            case "equals":
                return new Condition { Operator = ConditionOperator.Equals, Fact = fact, Expected = Bool(value, $"{path}.equals") };
            case "exists" when fact.Kind != FactKind.Set:
                throw Problem($"{path}.exists", $"fact '{name}' is a flag; use \"equals\"");
            case "exists":
                return new Condition { Operator = ConditionOperator.Exists, Fact = fact, Expected = Bool(value, $"{path}.exists") };
            default:
                if (fact.Kind != FactKind.Set)
                {
                    throw Problem($"{path}.{test}", $"fact '{name}' is a flag; use \"equals\"");
                }

                return new Condition
                {
                    Operator = test == "in" ? ConditionOperator.In : ConditionOperator.All,
                    Fact = fact,
                    Mask = Members(value, $"{path}.{test}", fact),
                };
        }
    }

    private static ulong Members(JsonElement value, string path, Fact fact)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            throw Problem(path, $"expected a non-empty list of {fact.Name} members, found {Kind(value)}");
        }

        var mask = 0UL;
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var member = item.ValueKind == JsonValueKind.String ? item.GetString()! : string.Empty;
            var bit = fact.BitOf(member);
            if (bit < 0)
            {
                var suggestion = Suggestions.Closest(member, fact.Members);
                throw Problem($"{path}[{index}]", $"'{(item.ValueKind == JsonValueKind.String ? member : Kind(item))}' is not a member of {fact.Name}; expected one of {string.Join(", ", fact.Members)}" +
                    (suggestion is null ? string.Empty : $". Did you mean '{suggestion}'?"));
            }

            mask |= 1UL << bit;
            index++;
        }

        return mask;
    }

    private static bool Bool(JsonElement value, string path) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Problem(path, $"expected true or false, found {Kind(value)}"),
    };

    private static string Kind(JsonElement element) => element.ValueKind.ToString().ToLowerInvariant();

    private static CatalogueException Problem(string path, string message) => CatalogueObject.Problem(path, message);
}
