using AiRegOps.Core.Watch;
using AiRegOps.Functions.Functions;
using AiRegOps.Tests.Shared.Watch;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;

namespace AiRegOps.Functions.Tests;

/// <summary>Issue 10, item 1: a deployment event reads evidence only from the configured containers, and only inside them.</summary>
public sealed class DeploymentEvidenceSourceTests
{
    [Theory]
    [InlineData("azure-webjobs-secrets", "chat/host.json", "container 'azure-webjobs-secrets' is not one deployment evidence is read from (configured: release-evidence)")]
    [InlineData("evidence", "sha256/ab/x", "container 'evidence' is not one deployment evidence is read from")]
    [InlineData("release-evidence", "../azure-webjobs-secrets/host.json", "'.' or '..' segment")]
    [InlineData("release-evidence", "chat/./../../x", "'.' or '..' segment")]
    [InlineData("release-evidence", "chat\\\\..\\\\x", "backslash")]
    [InlineData("release-evidence", "/azure-webjobs-secrets/host.json", "absolute")]
    [InlineData("release-evidence", "https://other.blob.core.windows.net/c/x", "absolute")]
    [InlineData("release-evidence", "chat/%2e%2e/x", "percent-escapes")]
    [InlineData("release-evidence", "chat/\\u0000x", "U+0000")]
    public async Task A_blob_outside_the_configured_containers_is_refused_before_anything_is_written(string container, string name, string expected)
    {
        await using var env = await FunctionFlowTests.StartAsync(TestProfiles.Service("chat"));
        var app = env.NewInstance();

        var error = await Assert.ThrowsAsync<DeploymentEventException>(() => app.Get<DeploymentEvents>().RunAsync(Message(container, name), CancellationToken.None));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("$.evidence[0].blob", error.Message, StringComparison.Ordinal);
        Assert.Empty(await app.Services.GetRequiredService<IServiceEventStore>().GetAsync("chat", CancellationToken.None));
    }

    [Fact]
    public async Task A_blob_in_a_configured_container_is_read()
    {
        await using var env = await FunctionFlowTests.StartAsync(TestProfiles.Service("chat"));
        var container = new BlobServiceClient(env.Azurite.ConnectionString).GetBlobContainerClient("release-evidence");
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient("chat/1.2.3/assessment.txt").UploadAsync(new BinaryData("assessed"u8.ToArray()));
        var app = env.NewInstance();

        await app.Get<DeploymentEvents>().RunAsync(Message("release-evidence", "chat/1.2.3/assessment.txt"), CancellationToken.None);

        var completion = Assert.Single(await app.Services.GetRequiredService<IComplianceEvidence>().GetCompletionsAsync("chat", CancellationToken.None));
        Assert.Equal("sa-security-assessment", completion.ObligationId);
    }

    private static string Message(string container, string name) => $$"""
        {
          "apiVersion": "airegops/deployment/v1",
          "id": "rel-blob",
          "service": "chat",
          "version": "1.2.3",
          "environment": "production",
          "occurredAt": "2025-10-01T10:00:00+08:00",
          "changes": [ { "type": "function-added", "feature": "live-streaming" } ],
          "evidence": [
            { "obligation": "sa-security-assessment", "period": "launched@2025-06-02", "name": "assessment.txt", "blob": { "container": "{{container}}", "name": "{{name}}" } }
          ]
        }
        """;
}
