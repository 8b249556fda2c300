using System.Text;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Tests.Architecture;

/// <summary>
/// The areas of AiRegOps.Core (Catalogue, Profiles, Evidence, State, Reports, ...) depend on each other in one
/// direction only, and the root namespace (shared vocabulary: roles, confidence, input errors) on none of them.
/// docs/architecture.md draws the direction.
/// </summary>
public sealed class NamespaceCycleTests
{
    private const string Root = "AiRegOps.Core";

    private static readonly NamespaceGraph Graph = NamespaceGraph.Of(typeof(ComplianceScheduler).Assembly, Root);

    [Fact]
    public void No_two_areas_of_the_core_use_each_other()
    {
        var cycles = Graph.Cycles();

        Assert.True(cycles.Count == 0, Describe(cycles));
    }

    [Fact]
    public void The_root_namespace_uses_no_area()
    {
        var uses = Graph.Edges.TryGetValue(Root, out var targets) ? targets.Values : Enumerable.Empty<string>();

        Assert.Empty(uses);
    }

    [Fact]
    public void The_graph_sees_uses_in_signatures_and_in_method_bodies()
    {
        // Signatures: the scheduler's results name catalogue types. Bodies: the scheduler reads profiles.
        Assert.Contains($"{Root}.Catalogue", Graph.Edges[$"{Root}.Schedule"].Keys);
        Assert.Contains($"{Root}.Profiles", Graph.Edges[$"{Root}.Schedule"].Keys);
        Assert.Equal($"{Root}.Catalogue", Graph.AreaOf($"{Root}.Catalogue.Conditions"));
    }

    private static string Describe(IReadOnlyList<IReadOnlyList<string>> cycles)
    {
        var text = new StringBuilder("These areas of the core use each other; move the types that point back:");
        foreach (var cycle in cycles)
        {
            text.AppendLine().Append("- ").AppendJoin(" <-> ", cycle);
            foreach (var from in cycle)
            {
                foreach (var to in cycle.Where(to => Graph.Edges.TryGetValue(from, out var t) && t.ContainsKey(to)))
                {
                    text.AppendLine().Append("    ").Append(from).Append(" -> ").Append(to).Append(": ").Append(Graph.Edges[from][to]);
                }
            }
        }

        return text.ToString();
    }
}
