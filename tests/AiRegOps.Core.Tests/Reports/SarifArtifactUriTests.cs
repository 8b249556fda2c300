using AiRegOps.Core.Reports;

namespace AiRegOps.Core.Tests.Reports;

/// <summary>Issue 10, item 6: SARIF artifact URIs are percent-encoded, whatever the file name holds.</summary>
public sealed class SarifArtifactUriTests
{
    [Theory]
    [InlineData("svc/air regops#1%.yml", null, "svc/air%20regops%231%25.yml")]
    [InlineData("svc/bad\u0001name.yml", null, "svc/bad%01name.yml")]
    [InlineData("/repo/svc/a b.yml", "/repo", "svc/a%20b.yml")]
    [InlineData("/elsewhere/x\u0007.yml", "/repo", "file:///elsewhere/x%07.yml")]
    public void Artifact_uris_are_percent_encoded(string file, string? root, string expected)
    {
        Assert.Equal(expected, SarifRenderer.ArtifactUri(file, root));
    }
}
