using AiRegOps.Core.Filings;
using AiRegOps.Core.Profiles;
using static AiRegOps.Core.Tests.Reports.TestProfiles;

namespace AiRegOps.Core.Tests.Filings;

/// <summary>The package uses what the profile records, never announces a breach for a filing made, and its hints name real parameters.</summary>
public sealed class FilingPackageWordingTests
{
    private static readonly string[] CmdletParameters =
        ["-Service", "-ServiceName", "-ProviderName", "-ServiceForm", "-ApplicationField", "-AlgorithmType", "-Product", "-ProductName",
         "-BasicPrinciples", "-Purpose", "-MainMechanism", "-EventDate", "-ExistingFilingNumber", "-ChangeSummary", "-TerminationArrangements"];

    private static ServiceProfile Filed() => Chat() with
    {
        Filings = [new FilingRecord { Kind = FilingKind.New, Number = "网信算备110108823483901230031号", FiledOn = D("2025-10-15") }],
    };

    [Fact]
    public void A_filing_already_made_is_not_called_late_and_its_number_is_in_the_disclosure()
    {
        var package = FilingPackageBuilder.Build(Filed(), new FilingRequest(), D("2026-03-01"));

        Assert.DoesNotContain(package.Warnings, w => w.Contains("late", StringComparison.OrdinalIgnoreCase) || w.Contains("fines", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(package.Warnings, w => w.Contains("2025-10-15", StringComparison.Ordinal));
        var disclosure = package.Files.Single(f => f.RelativePath == "disclosure.md").Content;
        Assert.Contains("网信算备110108823483901230031号", disclosure, StringComparison.Ordinal);
        Assert.DoesNotContain("备案后填写", disclosure, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unfiled_service_past_its_deadline_is_still_warned()
    {
        var package = FilingPackageBuilder.Build(Chat(), new FilingRequest(), D("2026-03-01"));

        Assert.Contains(package.Warnings, w => w.Contains("late", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_hint_names_a_parameter_the_cmdlet_has()
    {
        var package = FilingPackageBuilder.Build(Chat(), new FilingRequest(), D("2025-10-01"));

        var hinted = package.Fields.Select(f => f.HowToSupply).OfType<string>()
            .SelectMany(h => System.Text.RegularExpressions.Regex.Matches(h, @"(?<![\w])-[A-Z][A-Za-z]+").Select(m => m.Value)).Distinct().ToList();
        Assert.NotEmpty(hinted);
        Assert.All(hinted, p => Assert.Contains(p, CmdletParameters));
    }

    [Fact]
    public void The_outputs_cite_regulations_not_working_documents()
    {
        var package = FilingPackageBuilder.Build(Filed(), new FilingRequest(), D("2026-03-01"));

        Assert.All(package.Files, f =>
        {
            Assert.DoesNotContain("seed", f.Content, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("regulatory-facts", f.Content, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("fact sheet", f.Content, StringComparison.OrdinalIgnoreCase);
        });
    }
}
