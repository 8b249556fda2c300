using System.Globalization;
using System.Text;

namespace AiRegOps.Benchmarks;

/// <summary>
/// Deterministic, varied service profiles as airegops.yml text: every role, technology, feature mix, events,
/// filings, assessments and ethics records appear across the set, so the benchmark exercises every rule shape.
/// </summary>
public static class ProfileGenerator
{
    private static readonly string[] Features =
        ["forum", "comments", "live-streaming", "ai-chat", "dispatch", "search", "recommendation-feed", "short-video", "pricing", "api"];

    private static readonly string[] Algorithms =
        ["generation-synthesis", "personalized-push", "sorting-selection", "retrieval-filtering", "scheduling-decision"];

    private static readonly string[] Roles = ["service-provider", "technical-supporter", "research-unit"];

    public static string Yaml(int count, int seed = 20251128)
    {
        var random = new Random(seed);
        var text = new StringBuilder(count * 900);
        for (var i = 0; i < count; i++)
        {
            AppendProfile(text, i, random);
        }

        return text.ToString();
    }

    private static void AppendProfile(StringBuilder text, int index, Random random)
    {
        var launched = new DateOnly(2022, 1, 3).AddDays(random.Next(0, 1500));
        var inv = CultureInfo.InvariantCulture;
        text.Append("---\napiVersion: airegops/v1\nkind: Service\nmetadata:\n")
            .Append(inv, $"  name: service-{index:D5}\n")
            .Append("  owners: [\"@example/compliance\"]\nspec:\n  provider:\n    name: 示例科技有限公司\n")
            .Append(inv, $"    roles: [{Roles[index % 2]}{(index % 7 == 0 ? ", research-unit" : string.Empty)}]\n")
            .Append(inv, $"  publicInPrc: {(index % 5 != 0 ? "true" : "false")}\n")
            .Append("  technologies:\n")
            .Append(inv, $"    algorithms: [{Algorithms[index % Algorithms.Length]}, {Algorithms[(index + 2) % Algorithms.Length]}]\n")
            .Append(inv, $"    generativeAi: {(index % 3 == 0 ? "true" : "false")}\n");
        if (index % 4 == 0)
        {
            text.Append("    deepSynthesis: [text, voice]\n");
        }

        text.Append(inv, $"  features: [{Features[index % Features.Length]}, {Features[(index + 3) % Features.Length]}]\n")
            .Append(inv, $"  audiences: [{(index % 6 == 0 ? "minors, consumers" : "consumers")}]\n")
            .Append(inv, $"  launchedOn: {launched:yyyy-MM-dd}\n")
            .Append("  events:\n")
            .Append(inv, $"    - {{ type: filing-information-changed, date: {launched.AddDays(200):yyyy-MM-dd} }}\n")
            .Append(inv, $"    - {{ type: significant-user-growth, date: {launched.AddDays(320):yyyy-MM-dd} }}\n")
            .Append("  filings:\n")
            .Append(inv, $"    - {{ kind: new, number: 网信算备1101088234839012300{index % 100:D2}号, filedOn: {launched.AddDays(random.Next(3, 20)):yyyy-MM-dd} }}\n")
            .Append("  assessments:\n")
            .Append(inv, $"    - {{ completedOn: {launched.AddDays(-10):yyyy-MM-dd}, trigger: launched }}\n");
        if (index % 7 == 0)
        {
            text.Append("  ethics:\n")
                .Append(inv, $"    committeeEstablishedOn: {launched.AddDays(-30):yyyy-MM-dd}\n")
                .Append("    annualReportsSubmitted: [2023, 2024]\n")
                .Append("    activities:\n")
                .Append(inv, $"      - {{ name: model-{index}, approvedOn: {launched.AddDays(15):yyyy-MM-dd}, onExpertReviewList: true }}\n");
        }

        text.Append("  completed:\n")
            .Append(inv, $"    - {{ obligation: arr-periodic-algorithm-review, completedOn: {launched.AddDays(300):yyyy-MM-dd} }}\n");
    }
}
