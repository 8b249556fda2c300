using System.Globalization;

namespace AiRegOps.Tests.Shared.Watch;

/// <summary>Small airegops.yml files for the watched repositories.</summary>
internal static class TestProfiles
{
    public static string Service(string name, string launchedOn = "2025-06-02", string features = "ai-chat, text-generation, comments", string algorithms = "personalized-push", bool filed = false) =>
        string.Create(CultureInfo.InvariantCulture, $"""
        apiVersion: airegops/v1
        kind: Service
        metadata:
          name: {name}
          displayName: Service {name}
          owners: ["alice"]
        spec:
          provider:
            name: Example Co.
            roles: [service-provider]
          publicInPrc: true
          technologies:
            algorithms: [{algorithms}]
            generativeAi: true
          features: [{features}]
          audiences: [consumers]
          launchedOn: {launchedOn}
        {(filed ? "  filings:\n    - kind: new\n      number: 网信算备110108823483901250031号\n      filedOn: 2025-09-30\n" : string.Empty)}
        """);

    /// <summary>Several services in one file, as YAML documents.</summary>
    public static string Many(IEnumerable<string> names) => string.Join("---\n", names.Select(n => Service(n)));
}
