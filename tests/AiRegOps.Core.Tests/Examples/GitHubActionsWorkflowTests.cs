using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace AiRegOps.Core.Tests.Examples;

/// <summary>The shipped GitHub Actions example runs on today's runners and fails closed.</summary>
public sealed class GitHubActionsWorkflowTests
{
    // The current major versions (Node 24 runtimes); older majors run on the deprecated Node 20.
    private static readonly Dictionary<string, int> CurrentMajors = new(StringComparer.Ordinal)
    {
        ["actions/checkout"] = 6,
        ["actions/setup-dotnet"] = 5,
        ["github/codeql-action/upload-sarif"] = 4,
        ["actions/upload-artifact"] = 6,
    };

    private static readonly string Example = Path.Combine(Root(), "examples", "github-actions");

    private static YamlMappingNode Workflow()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Example, ".github", "workflows", "compliance-gate.yml"))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static List<YamlMappingNode> Steps() =>
        ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)Workflow()["jobs"])["gate"])["steps"]).Children.Cast<YamlMappingNode>().ToList();

    private static string? Get(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    [Fact]
    public void Every_action_is_at_its_current_major_version()
    {
        var uses = Steps().Select(s => Get(s, "uses")).OfType<string>().ToList();

        Assert.NotEmpty(uses);
        Assert.All(uses, u =>
        {
            var (name, version) = (u.Split('@')[0], u.Split('@')[1]);
            Assert.True(CurrentMajors.TryGetValue(name, out var major), $"unexpected action {name}");
            Assert.Equal($"v{major}", version);
        });
    }

    [Fact]
    public void Permissions_cover_sarif_upload_in_private_repositories()
    {
        var permissions = (YamlMappingNode)Workflow()["permissions"];

        Assert.Equal("write", Get(permissions, "security-events"));
        Assert.Equal("read", Get(permissions, "actions"));
        Assert.Equal("read", Get(permissions, "contents"));
        Assert.Equal(3, permissions.Children.Count);
    }

    [Fact]
    public void Sarif_is_uploaded_with_a_category_and_the_gate_step_fails_closed()
    {
        var steps = Steps();
        var upload = Assert.Single(steps, s => Get(s, "uses")?.StartsWith("github/codeql-action/upload-sarif", StringComparison.Ordinal) == true);
        var with = (YamlMappingNode)upload["with"];
        Assert.Equal("airegops.sarif", Get(with, "sarif_file"));
        Assert.False(string.IsNullOrWhiteSpace(Get(with, "category")));

        var gate = Assert.Single(steps, s => Get(s, "run")?.Contains("Invoke-ComplianceGate", StringComparison.Ordinal) == true);
        var run = Get(gate, "run")!;
        Assert.Equal("pwsh", Get(gate, "shell"));
        Assert.True(run.IndexOf("$global:LASTEXITCODE = 2", StringComparison.Ordinal) < run.IndexOf("Invoke-ComplianceGate @gate", StringComparison.Ordinal));
        Assert.EndsWith("exit $LASTEXITCODE", run.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sdk_comes_from_a_pinned_global_json_and_the_install_step_is_marked()
    {
        var setup = Assert.Single(Steps(), s => Get(s, "uses")?.StartsWith("actions/setup-dotnet", StringComparison.Ordinal) == true);
        Assert.Equal("global.json", Get((YamlMappingNode)setup["with"], "global-json-file"));
        using var globalJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(Example, "global.json")));
        var sdk = globalJson.RootElement.GetProperty("sdk");
        Assert.Equal("latestPatch", sdk.GetProperty("rollForward").GetString());
        Assert.StartsWith("10.0.", sdk.GetProperty("version").GetString(), StringComparison.Ordinal);

        var text = File.ReadAllText(Path.Combine(Example, ".github", "workflows", "compliance-gate.yml"));
        Assert.Contains("INSTALL STEP", text, StringComparison.Ordinal);
    }

    private static string Root()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "AiRegOps.sln")))
        {
            root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar))!;
        }

        return root;
    }
}
