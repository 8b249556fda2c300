using AiRegOps.Azure.Labels;
using AiRegOps.Functions.Hosting;
using AiRegOps.Functions.Tests.Template;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AiRegOps.Functions.Tests.Labels;

/// <summary>AiRegOps__LabelWatch is checked at start-up: a bad entry stops the app with the entry and what was expected.</summary>
public sealed class LabelWatchSettingsTests
{
    [Fact]
    public void Entries_give_containers_services_and_obligations_with_the_labelling_obligation_by_default()
    {
        var watches = LabelWatchList.Parse(" ai-images=chat , ai-audio=draw:label-implicit-metadata+label-explicit-labels");

        Assert.Equal(["ai-images=chat:label-implicit-metadata", "ai-audio=draw:label-implicit-metadata+label-explicit-labels"], watches.Select(w => w.ToString()));
        Assert.Empty(LabelWatchList.Parse(" "));
    }

    [Theory]
    [InlineData("ai-images", "entry 1 is not container=service")]
    [InlineData("AI_Images=chat", "entry 1: the container must be a blob container name")]
    [InlineData("azure-webjobs-hosts=chat", "not the host's azure-webjobs-* containers")]
    [InlineData("ai-images=chat service", "entry 1 (ai-images): the service must be a service name")]
    [InlineData("ai-images=chat:no-such-duty", "'no-such-duty' is not an obligation id of the catalogue")]
    [InlineData("ai-images=chat,ai-images=draw", "entry 2: container ai-images is listed twice")]
    public void A_malformed_setting_is_refused_with_the_entry_and_what_was_expected(string setting, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => LabelWatchList.Parse(setting));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_containers_than_an_Event_Grid_filter_takes_are_refused()
    {
        var setting = string.Join(',', Enumerable.Range(0, LabelWatchList.MaxContainers + 1).Select(i => $"ai-{i:D2}=chat"));

        Assert.Contains("at most 25", Assert.Throws<FormatException>(() => LabelWatchList.Parse(setting)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evidence=chat", "AiRegOps:LabelWatch must not watch the evidence container (evidence)")]
    [InlineData("ai-images=chat:no-such-duty", "AiRegOps:LabelWatch: entry 1 (ai-images): 'no-such-duty' is not an obligation id")]
    public void The_app_does_not_start_with_a_bad_label_watch(string setting, string expected)
    {
        var settings = new CompiledTemplate(ArmCloud.Public).ResolvedConfiguration();
        settings["AiRegOps:LabelWatch"] = setting;
        using var services = TemplateSettingsTests.Services(settings);

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AiRegOpsOptions>>().Value);
        Assert.Contains(ex.Failures, f => f.Contains(expected, StringComparison.Ordinal));
    }
}
