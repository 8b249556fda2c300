namespace AiRegOps.Core.Catalogue.Conditions;

/// <summary>
/// A condition flattened at catalogue load into an array in prefix order, each node knowing the size of its subtree,
/// so evaluation is a loop over structs: no allocation, no virtual calls. Reasons are built only when asked for.
/// </summary>
public sealed class CompiledCondition
{
    private readonly Node[] nodes;
    private readonly Condition[] sources;

    private CompiledCondition(Node[] nodes, Condition[] sources)
    {
        this.nodes = nodes;
        this.sources = sources;
    }

    public static CompiledCondition Compile(Condition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        // Sources first: their count is the node count. (A list of the Node struct would be compiled by the JIT on
        // first use, which a new PowerShell session waits for; an array of it is not.)
        var sources = new List<Condition>();
        Collect(condition, sources);
        var nodes = new Node[sources.Count];
        Flatten(condition, nodes, 0);
        return new CompiledCondition(nodes, [.. sources]);
    }

    /// <summary>Whether the condition holds for a service's <paramref name="facts"/> (see <see cref="ServiceFacts"/>).</summary>
    public bool Evaluate(ReadOnlySpan<ulong> facts) => Evaluate(0, facts);

    /// <summary>
    /// The reasons behind the result: every test of an allOf; of an anyOf, the tests that held when it holds and all
    /// of them when it fails; a not's child with the outcome turned round.
    /// </summary>
    public void Explain(ReadOnlySpan<ulong> facts, Func<int, bool, string?>? describeFlag, List<ConditionReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        Explain(0, facts, negated: false, describeFlag, reasons);
    }

    /// <summary>Whether <paramref name="other"/> tests the same facts the same way, so it always gives the same result.</summary>
    public bool SameTestsAs(CompiledCondition other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (nodes.Length != other.nodes.Length)
        {
            return false;
        }

        for (var i = 0; i < nodes.Length; i++)
        {
            if (!nodes[i].SameAs(other.nodes[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool Evaluate(int index, ReadOnlySpan<ulong> facts)
    {
        // By reference: a node is read once per visit, and copying it costs more than the test itself.
        ref readonly var node = ref nodes[index];
        switch (node.Operator)
        {
            case ConditionOperator.AllOf:
                for (int child = index + 1, end = index + node.Size; child < end; child += nodes[child].Size)
                {
                    if (!Evaluate(child, facts))
                    {
                        return false;
                    }
                }

                return true;
            case ConditionOperator.AnyOf:
                for (int child = index + 1, end = index + node.Size; child < end; child += nodes[child].Size)
                {
                    if (Evaluate(child, facts))
                    {
                        return true;
                    }
                }

                return false;
            case ConditionOperator.Not:
                return !Evaluate(index + 1, facts);
            default:
                var masked = facts[node.Fact] & node.Mask;
                return (node.Operator == ConditionOperator.In ? masked != 0 : masked == node.Mask) != node.Negate;
        }
    }

    private bool Explain(int index, ReadOnlySpan<ulong> facts, bool negated, Func<int, bool, string?>? describeFlag, List<ConditionReason> reasons)
    {
        var node = nodes[index];
        var source = sources[index];
        var holds = Evaluate(index, facts);
        if (source.Label is { } label && holds != negated)
        {
            reasons.Add(new ConditionReason(holds, source.ToString(), "see the condition", source.Source, WithSource(label, source.Source)));
            return holds;
        }

        switch (node.Operator)
        {
            case ConditionOperator.AllOf:
            case ConditionOperator.AnyOf:
                var onlyHolding = node.Operator == ConditionOperator.AnyOf && holds;
                for (var child = index + 1; child < index + node.Size; child += nodes[child].Size)
                {
                    if (!onlyHolding || Evaluate(child, facts))
                    {
                        Explain(child, facts, negated, describeFlag, reasons);
                        if (onlyHolding)
                        {
                            break;
                        }
                    }
                }

                break;
            case ConditionOperator.Not:
                Explain(index + 1, facts, !negated, describeFlag, reasons);
                break;
            default:
                reasons.Add(Leaf(source, facts[node.Fact], holds, describeFlag));
                break;
        }

        return holds;
    }

    private static ConditionReason Leaf(Condition test, ulong value, bool holds, Func<int, bool, string?>? describeFlag)
    {
        var fact = test.Fact!;
        string text;
        string factText;
        if (fact.Kind == FactKind.Flag)
        {
            var on = value != 0;
            text = describeFlag?.Invoke(fact.Index, on) ?? (on ? fact.Holds : fact.Fails);
            factText = $"{fact.Name} = {(on ? "true" : "false")}";
        }
        else
        {
            factText = $"{fact.Name} = [{(value == 0 ? string.Empty : fact.Join(value, ", "))}]";
            text = test.Operator switch
            {
                ConditionOperator.Exists => string.Format(System.Globalization.CultureInfo.InvariantCulture, value != 0 ? fact.Holds : fact.Fails, value != 0 ? fact.Join(value, ", ") : "any"),
                _ when (value & test.Mask) != 0 && (test.Operator == ConditionOperator.In || (value & test.Mask) == test.Mask) =>
                    string.Format(System.Globalization.CultureInfo.InvariantCulture, fact.Holds, fact.Join(value & test.Mask, ", ")),
                _ => string.Format(System.Globalization.CultureInfo.InvariantCulture, fact.Fails,
                    fact.Join(test.Operator == ConditionOperator.In ? test.Mask : test.Mask & ~value, test.Operator == ConditionOperator.In ? " or " : ", ")),
            };
        }

        return new ConditionReason(holds, test.ToString(), factText, test.Source, WithSource(text, test.Source));
    }

    private static string WithSource(string text, SourceCitation? source) =>
        source is null ? text : $"{text} ({source.Display} {ConfidenceMarks.Of(source.Confidence)})";

    private static void Collect(Condition condition, List<Condition> sources)
    {
        sources.Add(condition);
        foreach (var child in condition.Children)
        {
            Collect(child, sources);
        }
    }

    // Writes the node at `at` and its subtree after it, in the prefix order Collect listed them; returns the subtree size.
    private static int Flatten(Condition condition, Node[] nodes, int at)
    {
        var size = 1;
        foreach (var child in condition.Children)
        {
            size += Flatten(child, nodes, at + size);
        }

        nodes[at] = Node.Of(condition, size);
        return size;
    }

    /// <summary>
    /// One node. Every test is reduced to "some bit of the mask is set" (<c>In</c>) or "every bit is" (<c>All</c>),
    /// perhaps negated: a flag or <c>exists</c> test is "some bit of the whole value is set" (flags use bit 0).
    /// </summary>
    private readonly record struct Node(ConditionOperator Operator, bool Negate, int Fact, ulong Mask, int Size)
    {
        // Field by field: the record's generated equality goes through EqualityComparer of each field's type.
        public bool SameAs(in Node other) =>
            Operator == other.Operator && Negate == other.Negate && Fact == other.Fact && Mask == other.Mask && Size == other.Size;

        public static Node Of(Condition condition, int size)
        {
            var fact = condition.Fact?.Index ?? 0;
            return condition.Operator switch
            {
                ConditionOperator.Equals or ConditionOperator.Exists =>
                    new Node(ConditionOperator.In, !condition.Expected, fact, ulong.MaxValue, size),
                ConditionOperator.In or ConditionOperator.All => new Node(condition.Operator, false, fact, condition.Mask, size),
                _ => new Node(condition.Operator, false, fact, 0, size),
            };
        }
    }
}
