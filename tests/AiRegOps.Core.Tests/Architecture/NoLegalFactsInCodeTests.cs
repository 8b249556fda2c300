using System.Text.RegularExpressions;
using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Tests.Architecture;

/// <summary>
/// The catalogue is the only source of legal facts: no C# file of the legal model restates an article the catalogue
/// cites ("ARR Art. 24", Article = 24) or a date it holds. Comments are allowed: they explain, they do not compute.
/// </summary>
public sealed partial class NoLegalFactsInCodeTests
{
    // The legal-model folders; Reports (another engineer's area) still labels some articles and is not yet covered.
    private static readonly string[] Folders = ["Catalogue", "Schedule", "Filings", "Ethics", "Assessments", "Attributes"];

    [Fact]
    public void No_code_line_restates_a_catalogue_article_or_date()
    {
        var catalogue = ObligationCatalogue.Default;
        var dates = catalogue.Regulations.SelectMany(r => new[] { r.EffectiveOn, r.IssuedOn, r.EndsOn }).OfType<DateOnly>()
            .Select(d => $"new({d.Year}, {d.Month}, {d.Day})").ToHashSet();
        var problems = new List<string>();
        foreach (var file in Folders.SelectMany(f => Directory.EnumerateFiles(Path.Combine(SourceRoot(), f), "*.cs", SearchOption.AllDirectories)))
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                var code = line.TrimStart();
                if (code.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                if (ArticleInCode().IsMatch(code) || dates.Any(d => code.Contains(d, StringComparison.Ordinal)))
                {
                    problems.Add($"{Path.GetFileName(file)}:{lineNumber}: {code}");
                }
            }
        }

        Assert.Empty(problems);
    }

    private static string SourceRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AiRegOps.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "src", "AiRegOps.Core");
    }

    [GeneratedRegex(@"Article\s*=\s*\d|""[^""]*\b(ARR|DSP|GAIM|SA2018|LABEL|ETHICS|CSL)\b[^""]*Art\.\s*\d", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleInCode();
}
