using System.Text.Json;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Watch;
using AiRegOps.Tests.Shared.Watch;
using Json.Schema;

namespace AiRegOps.Core.Tests.Watch;

public sealed class DeploymentEventReaderTests
{
    private static readonly string ExamplePath = Path.Combine(AppContext.BaseDirectory, "examples", "deployment-events", "release-2026-03-02.json");

    [Fact]
    public void The_example_is_valid_and_reads_completely()
    {
        var e = DeploymentEventReader.Read(File.ReadAllText(ExamplePath));
        Assert.Equal("zhiliao-chat-release-2026.03.02-prod", e.Id);
        Assert.Equal("zhiliao-chat", e.Service);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 10, 15, 0, TimeSpan.FromHours(8)), e.OccurredAt);
        Assert.Equal([ServiceEventType.FunctionAdded, ServiceEventType.FilingInformationChanged], e.Changes.Select(c => c.Type));
        Assert.Equal("live-streaming", e.Changes[0].Feature);
        Assert.Equal(("release-evidence", "zhiliao-chat/2026.03.02/security-assessment-2026-02-live.pdf"), e.Evidence[0].Blob);
        Assert.Equal("备案变更已提交 / Filing change submitted 2026-03-02\n", System.Text.Encoding.UTF8.GetString(e.Evidence[1].Inline!.Value.Span));
        Assert.Equal("text/plain", e.Evidence[1].MediaType);
    }

    [Fact]
    public void The_example_is_valid_against_the_published_schema()
    {
        var schema = JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "schemas", "deployment-event.schema.json"));
        using var json = JsonDocument.Parse(File.ReadAllText(ExamplePath));
        var result = schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(kv => $"{d.InstanceLocation}: {kv.Value}"))));
    }

    [Fact]
    public void Broken_json_names_line_and_column()
    {
        var error = Assert.Single(Fail("{\n  \"apiVersion\": \"airegops/deployment/v1\",\n  \"id\": \"x\"\n  \"service\": \"a\"\n}").Errors);
        Assert.Equal(4, error.Line);
        Assert.Equal(3, error.Column);
        Assert.StartsWith("not valid JSON: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_properties_are_each_named()
    {
        var ex = Fail("""{ "apiVersion": "airegops/deployment/v1", "id": "r1" }""");
        Assert.Equal(
            ["$.service (line 1, column 1): required property 'service' is missing",
             "$.version (line 1, column 1): required property 'version' is missing",
             "$.environment (line 1, column 1): required property 'environment' is missing",
             "$.occurredAt (line 1, column 1): required property 'occurredAt' is missing"],
            ex.Errors.Select(e => e.ToString()));
        Assert.StartsWith("Invalid deployment event (4 problems):", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_value_is_named_by_path_line_column_and_expectation()
    {
        var json = DeploymentEventMessages.Valid().Replace("\"type\": \"function-added\"", "\"type\": \"function-removed\"", StringComparison.Ordinal);
        var error = Assert.Single(Fail(json).Errors);
        Assert.Equal("$.changes[0].type", error.Path);
        Assert.Equal(9, error.Line);
        Assert.Equal(15, error.Column);
        Assert.Equal("expected one of launched, function-added, material-technical-change, significant-user-growth, harmful-information-incident, regulator-notice, filing-information-changed, service-terminated, ethics-committee-established, ethics-approval-obtained, synthesis-tool-offered, found \"function-removed\"", error.Message);
    }

    [Theory]
    [InlineData("\"occurredAt\": \"2025-10-01T10:00:00+08:00\"", "\"occurredAt\": \"2025-10-01T10:00:00\"", "$.occurredAt", "expected an ISO 8601 date and time with an offset, e.g. 2026-03-02T10:15:00+08:00, found \"2025-10-01T10:00:00\"")]
    [InlineData("\"version\": \"1.2.3\"", "\"version\": 123", "$.version", "expected a string, found the number 123")]
    [InlineData("\"service\": \"chat\"", "\"service\": \"Chat Service\"", "$.service", "expected a service name (lower-case letters, digits and dashes, at most 63), found the string \"Chat Service\"")]
    [InlineData("\"obligation\": \"sa-security-assessment\"", "\"obligation\": \"sa-nonexistent\"", "$.evidence[0].obligation", "expected an obligation id of the catalogue (e.g. arr-algorithm-filing), found \"sa-nonexistent\"")]
    [InlineData("\"feature\": \"live-streaming\"", "\"feature\": \"telepathy\"", "$.changes[0].feature", "expected a feature id of the profile vocabulary (e.g. comments, live-streaming), found \"telepathy\"")]
    [InlineData("\"environment\": \"production\"", "\"environment\": \"production\", \"extra\": true", "$.extra", "unknown property 'extra'; expected one of $schema, apiVersion, kind, id, service, version, environment, occurredAt, deployedBy, changes, evidence")]
    [InlineData("\"contentBase64\": \"aGVsbG8=\"", "\"contentBase64\": \"not base64!\"", "$.evidence[0].inline.contentBase64", "expected base64 content (RFC 4648, with padding)")]
    [InlineData("\"changes\": [", "\"changes\": 5, \"x-changes\": [", "$.changes", "expected an array, found the number 5")]
    public void Each_kind_of_mistake_has_its_exact_error(string find, string replace, string path, string message)
    {
        var errors = Fail(DeploymentEventMessages.Valid().Replace(find, replace, StringComparison.Ordinal)).Errors;
        Assert.Contains(errors, e => e.Path == path && e.Message == message);
    }

    [Fact]
    public void Inline_content_over_64_KiB_is_refused_with_the_way_out()
    {
        var big = Convert.ToBase64String(new byte[(64 * 1024) + 1]);
        var error = Assert.Single(Fail(DeploymentEventMessages.Valid().Replace("aGVsbG8=", big, StringComparison.Ordinal)).Errors);
        Assert.Equal("$.evidence[0].inline.contentBase64", error.Path);
        Assert.Equal("inline content is 65,537 bytes; at most 65,536 are allowed inline: upload larger files to Blob Storage and reference them with 'blob'", error.Message);
    }

    [Fact]
    public void Evidence_needs_exactly_one_of_blob_or_inline()
    {
        var json = DeploymentEventMessages.Valid().Replace("\"inline\": { \"contentBase64\": \"aGVsbG8=\" }", "\"inline\": { \"contentBase64\": \"aGVsbG8=\" }, \"blob\": { \"container\": \"up\", \"name\": \"a\" }", StringComparison.Ordinal);
        var errors = Fail(json).Errors;
        Assert.Contains(errors, e => e.Path == "$.evidence[0]" && e.Message == "expected exactly one of 'blob' ({container, name}) or 'inline' ({contentBase64, mediaType?})");
    }

    [Fact]
    public void A_function_added_change_needs_its_feature()
    {
        var errors = Fail(DeploymentEventMessages.Valid().Replace(", \"feature\": \"live-streaming\"", string.Empty, StringComparison.Ordinal)).Errors;
        Assert.Contains(errors, e => e.Path == "$.changes[0]" && e.Message == "a function-added change needs 'feature': the feature id that was added");
    }

    [Fact]
    public void A_non_object_message_is_refused()
    {
        var error = Assert.Single(Fail("[1, 2]").Errors);
        Assert.Equal("$ (line 1, column 1): expected a JSON object, found an array", error.ToString());
    }

    private static DeploymentEventException Fail(string json) => Assert.Throws<DeploymentEventException>(() => DeploymentEventReader.Read(json));
}
