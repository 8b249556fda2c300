using System.Text.Json;
using System.Text.Json.Nodes;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Profiles.Loading;
using Json.Schema;

namespace AiRegOps.Core.Tests.Profiles;

/// <summary>The JSON Schema is for editors; these tests keep it saying what the loader enforces.</summary>
public sealed class SchemaTests
{
    private static readonly JsonNode Schema = JsonNode.Parse(File.ReadAllText(SchemaFixture.SchemaPath))!;

    private static JsonNode Spec(string property) => Schema["properties"]!["spec"]!["properties"]![property]!;

    private static string[] Enum(JsonNode node) => [.. node["enum"]!.AsArray().Select(v => v!.GetValue<string>())];

    [Fact]
    public void Enums_match_the_loader_vocabulary()
    {
        Assert.Equal(ProfileVocabulary.Roles.Names, Enum(Spec("provider")["properties"]!["roles"]!["items"]!));
        Assert.Equal(ProfileVocabulary.Algorithms.Names, Enum(Spec("technologies")["properties"]!["algorithms"]!["items"]!));
        Assert.Equal(ProfileVocabulary.DeepSynthesis.Names, Enum(Spec("technologies")["properties"]!["deepSynthesis"]!["items"]!));
        Assert.Equal(ProfileVocabulary.Audiences.Names, Enum(Spec("audiences")["items"]!));
        Assert.Equal(FeatureVocabulary.Ids, Enum(Spec("features")["items"]!));
        Assert.Equal(ProfileVocabulary.EventTypes.Names, Enum(Spec("events")["items"]!["properties"]!["type"]!));
        Assert.Equal(FeatureVocabulary.Ids, Enum(Spec("events")["items"]!["properties"]!["feature"]!));
        Assert.Equal(ProfileVocabulary.EventTypes.Names, Enum(Spec("assessments")["items"]!["properties"]!["trigger"]!));
        Assert.Equal(ProfileVocabulary.FilingKinds.Names, Enum(Spec("filings")["items"]!["properties"]!["kind"]!));
        Assert.Equal(ProfileVocabulary.LoggedFields, Enum(Spec("controls")["properties"]!["loggedFields"]!["items"]!));
    }

    [Fact]
    public void Every_enum_value_has_a_name()
    {
        Assert.Equal(System.Enum.GetValues<AlgorithmType>().Length, ProfileVocabulary.Algorithms.Names.Count);
        Assert.Equal(System.Enum.GetValues<DeepSynthesisUseCase>().Length, ProfileVocabulary.DeepSynthesis.Names.Count);
        Assert.Equal(System.Enum.GetValues<Audience>().Length, ProfileVocabulary.Audiences.Names.Count);
        Assert.Equal(System.Enum.GetValues<ServiceEventType>().Length, ProfileVocabulary.EventTypes.Names.Count);
        Assert.Equal(System.Enum.GetValues<FilingKind>().Length, ProfileVocabulary.FilingKinds.Names.Count);
        Assert.Equal(System.Enum.GetValues<ObligorRole>().Length, ProfileVocabulary.Roles.Names.Count);
    }

    [Fact]
    public void Patterns_match_the_loader()
    {
        Assert.Equal(ProfilePatterns.ServiceName, Schema["properties"]!["metadata"]!["properties"]!["name"]!["pattern"]!.GetValue<string>());
        Assert.Equal(ProfilePatterns.Owner, Schema["properties"]!["metadata"]!["properties"]!["owners"]!["items"]!["pattern"]!.GetValue<string>());
        Assert.Equal(ProfilePatterns.CreditCode, Spec("provider")["properties"]!["creditCode"]!["pattern"]!.GetValue<string>());
        Assert.Equal(ProfilePatterns.Date, Spec("launchedOn")["pattern"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("spec:\n  publicInPRC: true", "unknown key")]
    [InlineData("spec:\n  features: [livestreaming]", "unknown feature")]
    [InlineData("spec:\n  launchedOn: 2025/09/26", "bad date")]
    [InlineData("spec:\n  publicInPrc: \"true\"", "quoted boolean")]
    [InlineData("spec:\n  events:\n    - { type: launched, date: 2025-09-26, feature: ai-chat }", "feature on a non-function-added event")]
    [InlineData("spec:\n  policy: { algorithmReviewIntervalMonths: 61 }", "out of range")]
    [InlineData("spec:\n  provider: { name: x, roles: [] }", "no roles")]
    [InlineData("metadata:\n  name: Chat_Assistant", "bad name")]
    public void The_schema_refuses_what_the_loader_refuses(string change, string because)
    {
        var valid = new JsonObject
        {
            ["apiVersion"] = "airegops/v1",
            ["kind"] = "Service",
            ["metadata"] = new JsonObject { ["name"] = "chat" },
            ["spec"] = new JsonObject
            {
                ["provider"] = new JsonObject { ["name"] = "示例公司", ["roles"] = new JsonArray("service-provider") },
                ["publicInPrc"] = true,
            },
        };
        Assert.True(Evaluate(valid).IsValid, "the base document is valid");

        var patch = YamlToJson.Convert(change)[0]!.AsObject();
        foreach (var (section, values) in patch)
        {
            foreach (var (key, value) in values!.AsObject())
            {
                valid[section]![key] = value?.DeepClone();
            }
        }

        Assert.False(Evaluate(valid).IsValid, because);
    }

    private static EvaluationResults Evaluate(JsonNode document)
    {
        using var json = JsonDocument.Parse(document.ToJsonString());
        return SchemaFixture.Schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag });
    }
}
