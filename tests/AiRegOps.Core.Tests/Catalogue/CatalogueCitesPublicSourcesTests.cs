using System.Text.Json;
using System.Text.RegularExpressions;
using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Tests.Catalogue;

/// <summary>
/// The catalogue's texts reach users (notes, discrepancies, summaries), so they cite public sources only: a regulation
/// and article, or a public secondary source by name, never the project's own working documents.
/// </summary>
public sealed partial class CatalogueCitesPublicSourcesTests
{
    [Fact]
    public void No_catalogue_text_mentions_an_internal_working_document()
    {
        using var stream = typeof(ObligationCatalogue).Assembly.GetManifestResourceStream(ObligationCatalogue.ResourceName)!;
        using var document = JsonDocument.Parse(stream);
        var problems = new List<string>();
        Walk(document.RootElement, "$", problems);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("Split from seed A.1.")]
    [InlineData("The seed's B.18 also covers it.")]
    [InlineData("The fact sheet dates the draft 2023-04-04.")]
    [InlineData("per regulatory-facts.md section I")]
    public void The_check_catches_the_wordings_it_is_for(string text) => Assert.Matches(InternalDocument(), text);

    [Theory]
    [InlineData("Secondary summaries of the draft cite its Art. 5.")]
    [InlineData("Encoded apart from arr-algorithm-filing (ARR Art. 24(2)).")]
    public void Public_citations_pass(string text) => Assert.DoesNotMatch(InternalDocument(), text);

    // Every string value except the seedRef identifiers (a stable public id scheme kept for -SeedRef lookups).
    private static void Walk(JsonElement element, string path, List<string> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject().Where(p => p.Name != "seedRef"))
                {
                    Walk(property.Value, $"{path}.{property.Name}", problems);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{path}[{index++}]", problems);
                }

                break;
            case JsonValueKind.String when InternalDocument().IsMatch(element.GetString()!):
                problems.Add($"{path}: {element.GetString()}");
                break;
        }
    }

    [GeneratedRegex(@"\bseed('s)?\b|fact[ -]sheet|regulatory-facts|working (document|notes)|\bsection I\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InternalDocument();
}
