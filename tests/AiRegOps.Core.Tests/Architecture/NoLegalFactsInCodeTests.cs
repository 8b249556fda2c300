using System.Text.RegularExpressions;
using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Tests.Architecture;

/// <summary>
/// The catalogue is the only source of legal facts: no C# file of the core restates an article the catalogue cites
/// ("ARR Art. 24", Article = 24) or a date it holds. Every folder of the core is scanned; the data files under
/// <c>Data/</c> are where the facts belong and are not C#. Comments are allowed: they explain, they do not compute.
/// </summary>
public sealed partial class NoLegalFactsInCodeTests
{
    // Files allowed to name an article in code, with the reason. Empty: every label asks the catalogue.
    private static readonly Dictionary<string, string> Allowed = [];

    [Fact]
    public void No_code_line_restates_a_catalogue_article_or_date()
    {
        var catalogue = ObligationCatalogue.Default;
        var dates = catalogue.Regulations.SelectMany(r => new[] { r.EffectiveOn, r.IssuedOn, r.EndsOn }).OfType<DateOnly>()
            .Select(d => $"new({d.Year}, {d.Month}, {d.Day})").ToHashSet();
        var problems = new List<string>();
        var files = CoreSourceFiles().ToList();
        Assert.Contains(files, f => f.Contains($"{Path.DirectorySeparatorChar}Reports{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        foreach (var file in files.Where(f => !Allowed.ContainsKey(Path.GetFileName(f))))
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

    // Every C# file of the core, build output left out.
    private static IEnumerable<string> CoreSourceFiles()
    {
        var root = SourceRoot();
        var skip = new[] { "bin", "obj" }.Select(d => Path.Combine(root, d) + Path.DirectorySeparatorChar).ToArray();
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !skip.Any(s => f.StartsWith(s, StringComparison.Ordinal)));
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
