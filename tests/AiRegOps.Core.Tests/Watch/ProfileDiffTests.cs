using AiRegOps.Core.Profiles;
using AiRegOps.Core.Profiles.Loading;
using AiRegOps.Core.Watch;
using AiRegOps.Core.Workspace;
using AiRegOps.Tests.Shared.Watch;

namespace AiRegOps.Core.Tests.Watch;

public sealed class ProfileDiffTests
{
    private static readonly DateOnly On = new(2025, 10, 8);

    [Fact]
    public void A_new_public_opinion_feature_is_a_function_added()
    {
        var change = Assert.Single(Diff(TestProfiles.Service("chat"), TestProfiles.Service("chat", features: "ai-chat, text-generation, comments, live-streaming")));
        Assert.Equal(ServiceEventType.FunctionAdded, change.Event.Type);
        Assert.Equal("live-streaming", change.Event.Feature);
        Assert.Equal(On, change.Event.Date);
        Assert.Equal("chat", change.Service);
    }

    [Fact]
    public void A_new_feature_without_public_channel_is_no_event() =>
        Assert.DoesNotContain(Diff(TestProfiles.Service("chat"), TestProfiles.Service("chat", features: "ai-chat, text-generation, comments, voice-synthesis")), c => c.Event.Type == ServiceEventType.FunctionAdded);

    [Fact]
    public void A_new_technology_is_a_material_change()
    {
        var change = Assert.Single(Diff(TestProfiles.Service("chat"), TestProfiles.Service("chat", algorithms: "personalized-push, sorting-selection")));
        Assert.Equal(ServiceEventType.MaterialTechnicalChange, change.Event.Type);
        Assert.Equal("New technology in the profile: algorithm sorting-selection.", change.Event.Note);
    }

    [Fact]
    public void Changed_filed_information_is_a_filing_change_only_for_a_filed_service()
    {
        var before = TestProfiles.Service("chat", filed: true);
        var after = before.Replace("name: Example Co.", "name: Example Holdings Co.", StringComparison.Ordinal);
        var change = Assert.Single(Diff(before, after));
        Assert.Equal(ServiceEventType.FilingInformationChanged, change.Event.Type);
        Assert.Equal("Filed information changed in the profile: provider name.", change.Event.Note);

        var unfiled = TestProfiles.Service("chat");
        Assert.Empty(Diff(unfiled, unfiled.Replace("name: Example Co.", "name: Example Holdings Co.", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_removed_service_is_terminated_and_a_new_one_has_no_event()
    {
        var changes = ProfileDiff.Compare(Read(TestProfiles.Many(["a", "b"])), Read(TestProfiles.Many(["a", "c"])), On);
        var change = Assert.Single(changes);
        Assert.Equal(("b", ServiceEventType.ServiceTerminated), (change.Service, change.Event.Type));
    }

    [Fact]
    public void Merging_recorded_events_skips_ones_the_profile_already_has()
    {
        var profile = Read(TestProfiles.Service("chat"))[0] with
        {
            Events = [new ServiceEvent { Type = ServiceEventType.FunctionAdded, Date = On, Feature = "comments" }],
        };
        var merged = ServiceEventMerger.Merge(profile, [
            new ServiceEvent { Type = ServiceEventType.FunctionAdded, Date = On, Feature = "comments", Note = "again" },
            new ServiceEvent { Type = ServiceEventType.MaterialTechnicalChange, Date = On },
        ]);
        Assert.Equal([ServiceEventType.FunctionAdded, ServiceEventType.MaterialTechnicalChange], merged.Events.Select(e => e.Type));
    }

    private static IReadOnlyList<ProfileChange> Diff(string before, string after) => ProfileDiff.Compare(Read(before), Read(after), On);

    private static IReadOnlyList<ServiceProfile> Read(string yaml) => ServiceProfileReader.ReadYaml(yaml, "test.yml");
}
