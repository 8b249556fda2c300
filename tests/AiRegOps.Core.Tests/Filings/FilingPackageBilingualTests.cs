using System.Text.RegularExpressions;
using AiRegOps.Core.Filings;
using AiRegOps.Core.Profiles;
using static AiRegOps.Core.Tests.Reports.TestProfiles;

namespace AiRegOps.Core.Tests.Filings;

/// <summary>
/// Every sentence the tool writes into the filing package leads with Chinese, the English beside or below it.
/// Headings and tables are left to the label tests; what the user wrote (profile text, parameters) stays as written.
/// </summary>
public sealed partial class FilingPackageBilingualTests
{
    public static TheoryData<string> Scenarios() => ["late", "filed", "no-profile", "change", "cancel", "supporter", "abroad"];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Every_tool_written_paragraph_leads_with_chinese(string scenario)
    {
        var (profile, package) = Build(scenario);
        var userValues = UserValues(profile, package);

        foreach (var file in package.Files.Where(f => f.RelativePath.EndsWith(".md", StringComparison.Ordinal)))
        {
            foreach (var paragraph in Paragraphs(file.Content))
            {
                var own = userValues.Aggregate(paragraph, (text, value) => text.Replace(value, " ", StringComparison.Ordinal));
                var firstLetter = own.FirstOrDefault(c => char.IsLetter(c));
                if (firstLetter == default)
                {
                    continue; // only user text, dates and numbers
                }

                Assert.True(IsCjk(firstLetter), $"{scenario}/{file.RelativePath}: this paragraph does not lead with Chinese:\n{paragraph}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Every_note_and_hint_has_chinese_first(string scenario)
    {
        var (_, package) = Build(scenario);

        Assert.NotEmpty(package.Warnings.Concat(package.Fields.Select(f => f.HowToSupply)).OfType<string>());
        Assert.All(package.Warnings, w => Assert.True(IsCjk(w.First(char.IsLetter)), $"note without Chinese first: {w}"));
        Assert.All(package.Fields.Where(f => f.HowToSupply is not null), f => Assert.True(
            f.HowToSupplyZh is not null && f.HowToSupplyZh.Any(IsCjk), $"{f.Key}: hint without Chinese"));
    }

    [Fact]
    public void The_json_gives_the_chinese_hint_beside_the_english_one()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(Build("late").Package.Files.Single(f => f.RelativePath == "filing.json").Content)!.ToJsonString();

        Assert.Contains("\"howToSupplyZh\":\"参数 -ServiceForm\"", System.Text.RegularExpressions.Regex.Unescape(json), StringComparison.Ordinal);
    }

    [Fact]
    public void The_checker_catches_an_english_only_paragraph()
    {
        var paragraphs = Paragraphs("# 标题 / Title\n\n- 字段 / Field: x\n- Only English here.\n\n| a | b |\n|---|---|\n\n> 中文。\n> English.\n").ToList();

        Assert.Equal(["- 字段 / Field: x", "- Only English here.", "> 中文。\n> English."], paragraphs);
        Assert.False(IsCjk(paragraphs[1].First(char.IsLetter)));
    }

    private static (ServiceProfile? Profile, FilingPackage Package) Build(string scenario)
    {
        ServiceProfile? profile = scenario switch
        {
            "no-profile" => null,
            "filed" => Chat() with { Filings = [new FilingRecord { Kind = FilingKind.New, Number = "网信算备110108823483901230031号", FiledOn = D("2025-10-15") }] },
            "supporter" => Chat() with { Provider = Chat().Provider with { Roles = [ObligorRole.TechnicalSupporter] } },
            "abroad" => Chat() with { OfferedInPrc = false },
            _ => Chat(),
        };
        var request = scenario switch
        {
            "no-profile" => new FilingRequest { ServiceName = "svc", EventDate = D("2025-09-01") },
            "change" => new FilingRequest { Kind = FilingKind.Change, EventDate = D("2026-01-05") },
            "cancel" => new FilingRequest { Kind = FilingKind.Cancel, EventDate = D("2026-01-05") },
            _ => new FilingRequest(),
        };
        return (profile, FilingPackageBuilder.Build(profile, request, D("2026-03-01")));
    }

    /// <summary>What the user supplied, longest first so a value is removed before any part of it.</summary>
    private static List<string> UserValues(ServiceProfile? profile, FilingPackage package) =>
        package.Fields.Where(f => f.Origin is "profile" or "parameter" && f.Value is not null).Select(f => f.Value!)
            .Append(package.Service)
            .Concat(profile?.Filings.Select(f => f.Number).OfType<string>() ?? [])
            .Concat(profile?.Features ?? [])
            .Select(TextEscaping)
            .Distinct().OrderByDescending(v => v.Length).ToList();

    private static string TextEscaping(string value) => AiRegOps.Core.IO.TextEscaping.Markdown(value);

    /// <summary>Each bullet on its own; other consecutive lines as one paragraph; headings, tables and blank lines skipped.</summary>
    private static IEnumerable<string> Paragraphs(string markdown)
    {
        var current = new List<string>();
        foreach (var line in markdown.Split('\n'))
        {
            var skip = line.Length == 0 || line.StartsWith('#') || line.StartsWith('|');
            if (skip || line.StartsWith("- ", StringComparison.Ordinal))
            {
                if (current.Count > 0)
                {
                    yield return string.Join('\n', current);
                    current.Clear();
                }
            }

            if (skip)
            {
                continue;
            }

            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                yield return line;
            }
            else
            {
                current.Add(line);
            }
        }

        if (current.Count > 0)
        {
            yield return string.Join('\n', current);
        }
    }

    private static bool IsCjk(char c) => CjkPattern().IsMatch(c.ToString());

    [GeneratedRegex(@"[\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uFF00-\uFFEF]")]
    private static partial Regex CjkPattern();
}
