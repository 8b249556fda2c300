using AiRegOps.Core.Reports;
using AiRegOps.Core.Reports.Findings;

namespace AiRegOps.Core.Tests.Reports.Findings;

public sealed class DocumentationLinksTests
{
    [Theory]
    [InlineData("https://docs.example.com/airegops", "https://docs.example.com/airegops/")]
    [InlineData(" https://docs.example.com/airegops/docs/ ", "https://docs.example.com/airegops/docs/")]
    [InlineData("https://ghe.example.com/org/repo/blob/main/docs/", "https://ghe.example.com/org/repo/blob/main/docs/")]
    public void An_https_folder_url_is_accepted_with_a_trailing_slash(string text, string expected)
    {
        var docsBase = DocumentationLinks.ParseBase(text, "-DocumentationBaseUrl");

        Assert.Equal(expected, docsBase.AbsoluteUri);
        Assert.Equal(expected + "code-scanning.md#obligations", DocumentationLinks.CodeScanning(docsBase, "obligations").AbsoluteUri);
    }

    [Theory]
    [InlineData("http://docs.example.com/airegops/", "not an absolute https URL")]
    [InlineData("docs/", "not an absolute https URL")]
    [InlineData("file:///work/docs/", "not an absolute https URL")]
    [InlineData("https://docs.example.com/airegops/?x=1", "without user name, password, query or fragment")]
    [InlineData("https://docs.example.com/airegops/#top", "without user name, password, query or fragment")]
    public void Anything_else_is_rejected_naming_where_it_came_from(string text, string expected)
    {
        var ex = Assert.Throws<ArgumentException>(() => DocumentationLinks.ParseBase(text, DocumentationLinks.EnvironmentVariable));

        Assert.StartsWith(DocumentationLinks.EnvironmentVariable + ":", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rejected_url_with_credentials_does_not_echo_them()
    {
        var ex = Assert.Throws<ArgumentException>(() => DocumentationLinks.ParseBase("https://user:s3cr3t-token@docs.example.com/", "-DocumentationBaseUrl"));
        var plain = Assert.Throws<ArgumentException>(() => DocumentationLinks.ParseBase("http://user:s3cr3t-token@docs.example.com/", "-DocumentationBaseUrl"));

        Assert.DoesNotContain("s3cr3t", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", plain.Message, StringComparison.Ordinal);
    }
}
