using System.Text.Json;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Filings;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reports;
using static AiRegOps.Core.Tests.Reports.TestProfiles;

namespace AiRegOps.Core.Tests.Filings;

public sealed class FilingPackageTests
{
    private static readonly FilingRequest Complete = new()
    {
        ServiceForm = "在线对话 / online chat",
        ApplicationField = "综合 / general",
        Products = [ProductForm.App, ProductForm.Website],
        ProductNames = ["Chat Assistant app", "chat.example.cn"],
        Disclosure = new FilingDisclosure { BasicPrinciples = "A large language model answers questions.", Purpose = "Help users find information.", MainMechanism = "Prompt → model → safety filter → answer." },
    };

    [Fact]
    public void A_complete_request_gives_a_complete_package_with_four_files()
    {
        var package = FilingPackageBuilder.Build(Chat(), Complete, D("2025-10-01"));

        Assert.True(package.IsComplete, string.Join(", ", package.MissingFields));
        Assert.Equal(["filing.json", "filing.md", "self-assessment.md", "disclosure.md"], package.Files.Select(f => f.RelativePath));
        Assert.Equal(D("2025-10-16"), package.Deadline!.DueDate);
        Assert.Equal("Example Co., Ltd.", package["providerName"]);
        Assert.Contains("生成合成类", package["algorithmTypes"], StringComparison.Ordinal);
        Assert.Contains("个性化推送类", package["algorithmTypes"], StringComparison.Ordinal);
        Assert.Contains(package.Route.Bases, b => b.Display == "GAIM Art. 17");
        Assert.True(package.Route.Required);
    }

    [Fact]
    public void Missing_information_is_listed_by_name_and_not_guessed()
    {
        var package = FilingPackageBuilder.Build(Chat(), new FilingRequest(), D("2025-10-01"));

        Assert.False(package.IsComplete);
        Assert.Equal(
            ["服务形式 / Service form", "应用领域 / Application field", "应用产品 / Products the algorithm runs in (app, website, mini program, API)",
             "拟公示内容：基本原理 / To be made public: basic principles", "拟公示内容：目的意图 / To be made public: purpose",
             "拟公示内容：主要运行机制 / To be made public: main operating mechanism"],
            package.MissingFields);
        Assert.Null(package["serviceForm"]);
        var markdown = package.Files.Single(f => f.RelativePath == "filing.md").Content;
        Assert.Contains("【缺失 / MISSING】", markdown, StringComparison.Ordinal);
        Assert.Contains("-ServiceForm", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_is_machine_readable_and_lists_fields_in_form_order()
    {
        var package = FilingPackageBuilder.Build(Chat(), Complete with { ServiceForm = null }, D("2025-10-01"));
        using var json = JsonDocument.Parse(package.Files.Single(f => f.RelativePath == "filing.json").Content);
        var root = json.RootElement;

        Assert.Equal("airegops/filing-package/v1", root.GetProperty("schema").GetString());
        Assert.Equal("new", root.GetProperty("kind").GetString());
        Assert.Equal("2025-10-16", root.GetProperty("deadline").GetProperty("dueDate").GetString());
        Assert.False(root.GetProperty("complete").GetBoolean());
        Assert.Equal("服务形式 / Service form", Assert.Single(root.GetProperty("missing").EnumerateArray()).GetString());
        var keys = root.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("key").GetString()).ToList();
        Assert.True(keys.IndexOf("providerName") < keys.IndexOf("serviceForm"));
        Assert.True(keys.IndexOf("serviceForm") < keys.IndexOf("applicationField"));
        Assert.True(keys.IndexOf("applicationField") < keys.IndexOf("algorithmTypes"));
        Assert.True(keys.IndexOf("algorithmTypes") < keys.IndexOf("selfAssessmentReport"));
        Assert.True(keys.IndexOf("selfAssessmentReport") < keys.IndexOf("disclosureBasicPrinciples"));
    }

    [Fact]
    public void The_self_assessment_template_is_prefilled_from_the_profile()
    {
        var package = FilingPackageBuilder.Build(Chat(), Complete, D("2025-10-01"));
        var template = package.Files.Single(f => f.RelativePath == "self-assessment.md").Content;

        Assert.Contains("Example Co., Ltd.", template, StringComparison.Ordinal);
        Assert.Contains("comments (评论)", template, StringComparison.Ordinal);
        Assert.Contains("日志留存（月） / Log retention (months): 6", template, StringComparison.Ordinal);
        Assert.Contains("【待填写 / TO FILL】", template, StringComparison.Ordinal);
        var disclosure = package.Files.Single(f => f.RelativePath == "disclosure.md").Content;
        Assert.Contains("A large language model answers questions.", disclosure, StringComparison.Ordinal);
        Assert.Contains("ARR Art. 16", disclosure, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_profile_everything_comes_from_parameters()
    {
        var request = Complete with { ServiceName = "api-only", ProviderName = "Supplier Ltd.", AlgorithmTypes = [AlgorithmType.RetrievalFiltering], EventDate = D("2025-03-03") };

        var package = FilingPackageBuilder.Build(null, request, D("2025-03-04"));

        Assert.True(package.IsComplete, string.Join(", ", package.MissingFields));
        Assert.Equal(D("2025-03-17"), package.Deadline!.DueDate);
        Assert.Contains(package.Route.Notes, n => n.Contains("not tested", StringComparison.Ordinal));
    }

    [Fact]
    public void A_service_without_public_opinion_attributes_gets_a_voluntary_package()
    {
        var profile = Chat() with { Features = ["recommendation-feed"], Technologies = new ServiceTechnologies { Algorithms = [AlgorithmType.PersonalizedPush] } };

        var package = FilingPackageBuilder.Build(profile, Complete, D("2025-10-01"));

        Assert.False(package.Route.Required);
        Assert.Contains(package.Warnings, w => w.Contains("voluntary filing", StringComparison.Ordinal));

        // A generative AI chat offered to the public owes the filing even without a public channel (GAIM Art. 17 as the CAC applies it).
        var chat = FilingPackageBuilder.Build(Chat() with { Features = ["ai-chat"] }, Complete, D("2025-10-01"));
        Assert.True(chat.Route.Required);
        Assert.Contains(chat.Warnings, w => w.Contains("GAIM Art. 17", StringComparison.Ordinal));
    }

    [Fact]
    public void A_service_not_offered_in_the_prc_is_out_of_scope_not_late()
    {
        var abroad = Chat() with { OfferedInPrc = false, PublicInPrc = false };

        var package = FilingPackageBuilder.Build(abroad, Complete, D("2027-10-01"));

        Assert.False(package.Route.Required);
        Assert.Null(package.Deadline);
        Assert.Contains(package.Warnings, w => w.StartsWith("不适用", StringComparison.Ordinal) && w.Contains("Out of scope", StringComparison.Ordinal));
        Assert.DoesNotContain(package.Warnings, w => w.Contains("late", StringComparison.Ordinal) || w.Contains("RMB", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deep_synthesis_technical_supporter_files_by_reference()
    {
        var profile = Chat() with
        {
            Provider = new Provider { Name = "Supplier Ltd.", Roles = [ObligorRole.TechnicalSupporter] },
            Technologies = new ServiceTechnologies { DeepSynthesis = [DeepSynthesisUseCase.Voice] },
        };

        var package = FilingPackageBuilder.Build(profile, Complete, D("2025-10-01"));

        Assert.True(package.Route.ByReference);
        Assert.Equal(ObligorRole.TechnicalSupporter, package.Route.FilerRole);
        Assert.Contains(package.Route.Bases, b => b.Display == "DSP Art. 19");
        Assert.Contains("参照", package["filerRole"], StringComparison.Ordinal);
        Assert.Equal(Confidence.Unverified, package.Deadline!.Confidence);
    }

    [Fact]
    public void A_change_needs_the_existing_number_and_rejects_a_malformed_one()
    {
        var profile = Chat() with
        {
            Filings = [new FilingRecord { Number = "网信算备110108823483901230031号", FiledOn = D("2025-10-10") }],
            Events = [new ServiceEvent { Type = ServiceEventType.FilingInformationChanged, Date = D("2025-03-03") }],
        };

        var change = FilingPackageBuilder.Build(profile, Complete with { Kind = FilingKind.Change, ChangeSummary = "new model" }, D("2025-03-04"));
        var bad = Assert.Throws<ComplianceInputException>(() =>
            FilingPackageBuilder.Build(profile, Complete with { Kind = FilingKind.Change, ExistingFilingNumber = "网信算备12号" }, D("2025-03-04")));

        Assert.Equal("网信算备110108823483901230031号", change["filingNumber"]);
        Assert.Equal(D("2025-03-17"), change.Deadline!.DueDate);
        Assert.True(change.IsComplete, string.Join(", ", change.MissingFields));
        Assert.Equal("-ExistingFilingNumber", bad.Input);
    }

    [Fact]
    public void A_cancellation_lists_its_own_missing_fields()
    {
        var package = FilingPackageBuilder.Build(Chat(), new FilingRequest { Kind = FilingKind.Cancel }, D("2025-10-01"));

        Assert.Equal(["终止服务日期 / Date the service terminated", "备案编号 / Filing number", "妥善安排 / Arrangements made for users"], package.MissingFields);
        Assert.Null(package.Deadline);
    }

    [Fact]
    public void Markdown_escapes_profile_text()
    {
        var package = FilingPackageBuilder.Build(Chat() with { DisplayName = "<script>x</script> | *bold*" }, Complete, D("2025-10-01"));
        var markdown = package.Files.Single(f => f.RelativePath == "filing.md").Content;

        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", markdown, StringComparison.Ordinal);
        Assert.Contains("\\| \\*bold\\*", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_puts_all_files_in_place()
    {
        var target = Path.Combine(Path.GetTempPath(), "airegops-tests", Guid.NewGuid().ToString("N"), "filing");
        var package = FilingPackageBuilder.Build(Chat(), Complete, D("2025-10-01"));

        var written = AlgorithmFiling.Write(package, target);

        Assert.Equal(4, written.Count);
        Assert.All(written, p => Assert.True(File.Exists(p)));
        Assert.Equal(["filing"], Directory.GetFileSystemEntries(Path.GetDirectoryName(target)!).Select(Path.GetFileName));
    }
}
