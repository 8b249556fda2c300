using AiRegOps.Core.Gate;
using AiRegOps.Core.Reports;

namespace AiRegOps.Core.Tests.Gate;

public sealed class WaiverFileTests
{
    [Fact]
    public void A_yaml_waiver_file_is_read_with_locations()
    {
        const string yaml = """
            waivers:
              - service: chat-assistant
                obligation: arr-algorithm-filing
                period: launched@2025-09-26
                reason: Filed on 2025-10-10; the number is awaited.
                expires: 2025-12-31
              - service: chat-assistant
                obligation: sa2018.log-records
                reason: Log store migration until year end.
                expires: 2026-01-31
            """;

        var waivers = WaiverFile.Parse(yaml, "waivers.yml");

        Assert.Equal(2, waivers.Count);
        Assert.Equal("launched@2025-09-26", waivers[0].Period);
        Assert.Equal(new DateOnly(2025, 12, 31), waivers[0].Expires);
        Assert.Null(waivers[1].Period);
        Assert.Equal(7, waivers[1].Source!.Line);
    }

    [Fact]
    public void Json_is_accepted_too()
    {
        const string json = """{ "waivers": [ { "service": "s", "obligation": "o", "reason": "r", "expires": "2026-01-01" } ] }""";

        Assert.Equal("o", Assert.Single(WaiverFile.Parse(json, "waivers.json")).Obligation);
    }

    [Theory]
    [InlineData("waivers:\n  - service: s\n    obligation: o\n    reason: r\n    expires: 31/12/2025\n", 5, 14, "waivers[0].expires", "yyyy-MM-dd")]
    [InlineData("waivers:\n  - service: s\n    obligation: o\n    expires: 2025-12-31\n", 2, 5, "waivers[0].reason", "missing")]
    [InlineData("waivers:\n  - service: s\n    obligaton: o\n    reason: r\n    expires: 2025-12-31\n", 3, 5, "waivers[0].obligaton", "did you mean 'obligation'")]
    [InlineData("waivers:\n  - service: s\n    obligation: [a, b]\n    reason: r\n    expires: 2025-12-31\n", 3, 17, "waivers[0].obligation", "single value")]
    [InlineData("waiver:\n  - service: s\n", 1, 1, "waiver", "unknown field")]
    [InlineData("waivers: yes\n", 1, 10, "waivers", "list of waivers")]
    public void Errors_name_file_line_column_and_field(string yaml, int line, int column, string field, string problem)
    {
        var error = Assert.Throws<WaiverFileException>(() => WaiverFile.Parse(yaml, "waivers.yml"));

        Assert.Equal("waivers.yml", error.File);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Equal(field, error.Field);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"waivers.yml:{line}:{column}: {field}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_yaml_is_reported_with_its_position()
    {
        var error = Assert.Throws<WaiverFileException>(() => WaiverFile.Parse("waivers:\n  - service: [unclosed\n", "w.yml"));

        Assert.Equal("w.yml", error.File);
        Assert.True(error.Line >= 2);
    }

    [Fact]
    public void An_unclosed_list_followed_by_more_keys_points_at_the_bracket()
    {
        // YamlDotNet throws a bare InvalidOperationException here; the reader must still say where.
        var error = Assert.Throws<WaiverFileException>(() => WaiverFile.Parse(
            "waivers:\n  - service: chat\n    obligation: [arr-filing, x\n    reason: r\n    expires: 2026-01-31\n", "w.yml"));

        Assert.Equal("w.yml:3:17: YAML syntax error: the flow list '[' opened here is never closed; expected ']'", error.Message);
    }

    [Fact]
    public void A_missing_file_is_one_clear_error()
    {
        var error = Assert.Throws<ComplianceInputException>(() => WaiverFile.Load("/no/such/waivers.yml"));

        Assert.Equal("-WaiverFile", error.Input);
    }

    [Fact]
    public void An_empty_file_has_no_waivers()
    {
        Assert.Empty(WaiverFile.Parse(string.Empty, "w.yml"));
        Assert.Empty(WaiverFile.Parse("waivers:\n", "w.yml"));
    }

    [Fact]
    public void The_shipped_example_waiver_file_is_valid()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "AiRegOps.sln")))
        {
            root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar))!;
        }

        var waivers = WaiverFile.Load(Path.Combine(root, "examples", "github-actions", ".github", "airegops", "waivers.yml"));

        Assert.Equal(["arr-algorithm-filing", "sa2018.log-records"], waivers.Select(w => w.Obligation));
        Assert.All(waivers, w => Assert.False(string.IsNullOrWhiteSpace(w.Reason)));
    }
}
