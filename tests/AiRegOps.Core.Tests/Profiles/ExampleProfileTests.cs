using System.Text.Json;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Profiles.Loading;
using Json.Schema;

namespace AiRegOps.Core.Tests.Profiles;

public sealed class ExampleProfileTests
{
    private static readonly string ExamplesFolder = Path.Combine(AppContext.BaseDirectory, "examples");

    public static TheoryData<string> Examples => ["genai-chat", "faceswap-api", "ride-hailing-dispatch"];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_loads(string example)
    {
        var profiles = ServiceProfileReader.ReadPath(Path.Combine(ExamplesFolder, example));

        var profile = Assert.Single(profiles);
        Assert.Equal(Path.Combine(ExamplesFolder, example, "airegops.yml"), profile.Source?.File);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_validates_against_the_json_schema(string example)
    {
        var yaml = File.ReadAllText(Path.Combine(ExamplesFolder, example, "airegops.yml"));

        foreach (var document in YamlToJson.Convert(yaml))
        {
            using var json = JsonDocument.Parse(document!.ToJsonString());
            var result = SchemaFixture.Schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, SchemaFixture.Describe(result));
        }
    }

    [Fact]
    public void The_examples_folder_loads_as_a_whole_in_path_order()
    {
        var profiles = ServiceProfileReader.ReadPath(ExamplesFolder);

        Assert.Equal(["faceswap-api", "zhiliao-chat", "ride-dispatch"], profiles.Select(p => p.Name));
    }

    [Fact]
    public void The_chat_example_reads_every_section()
    {
        var profile = Assert.Single(ServiceProfileReader.ReadPath(Path.Combine(ExamplesFolder, "genai-chat")));

        Assert.Equal("北京智聊科技有限公司", profile.Provider.Name);
        Assert.Equal([ObligorRole.ServiceProvider, ObligorRole.ResearchUnit], profile.Provider.Roles);
        Assert.True(profile.PublicInPrc);
        Assert.True(profile.Technologies.GenerativeAi);
        Assert.Equal([AlgorithmType.GenerationSynthesis, AlgorithmType.PersonalizedPush], profile.Technologies.Algorithms);
        Assert.Equal([DeepSynthesisUseCase.Text, DeepSynthesisUseCase.Voice], profile.Technologies.DeepSynthesis);
        Assert.Contains("live-streaming", profile.Features);
        Assert.Equal([Audience.Consumers, Audience.Minors], profile.Audiences);
        Assert.Equal(new DateOnly(2025, 9, 26), profile.LaunchedOn);
        Assert.Equal(new ServiceEvent { Type = ServiceEventType.FunctionAdded, Date = new DateOnly(2026, 3, 2), Feature = "live-streaming", Note = "AI co-host for user live streams." }, profile.Events[1]);
        Assert.Equal(FilingKind.Change, profile.Filings[1].Kind);
        Assert.Equal("网信算备110108823483901250031号", profile.Filings[0].Number);
        Assert.Equal(ServiceEventType.FunctionAdded, profile.Assessments[1].Trigger);
        Assert.Equal(new DateOnly(2025, 1, 20), profile.Ethics.CommitteeRegisteredOn);
        Assert.Equal([2024], profile.Ethics.AnnualReportsSubmitted);
        Assert.Equal([new DateOnly(2025, 9, 1)], Assert.Single(profile.Ethics.Activities).FollowUpReviews);
        Assert.Equal(40, profile.Controls.ContentReviewers);
        Assert.Equal(8, profile.Controls.LoggedFields.Count);
        Assert.Equal(12, profile.Policy.AlgorithmReviewIntervalMonths);
        var completion = Assert.Single(profile.Completed);
        Assert.Equal("arr-periodic-algorithm-review", completion.ObligationId);
        Assert.Equal("launched@2025-09-26#1", completion.Period);
    }

    [Fact]
    public void Every_example_filing_number_has_the_official_form()
    {
        var numbers = ServiceProfileReader.ReadPath(ExamplesFolder).SelectMany(p => p.Filings).Select(f => f.Number);

        Assert.All(numbers, n => Assert.Matches(@"^网信算备\d{21}号$", n));
    }
}
