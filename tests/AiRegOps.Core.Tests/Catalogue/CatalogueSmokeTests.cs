using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Tests.Catalogue;

public sealed class CatalogueSmokeTests
{
    [Fact]
    public void Suggestions_finds_a_close_feature_name()
    {
        Assert.Equal("live-streaming", Suggestions.Closest("live-streamin", ["forum", "live-streaming"]));
        Assert.Null(Suggestions.Closest("spaceship", ["forum", "live-streaming"]));
    }

    [Fact]
    public void A_draft_regulation_never_binds()
    {
        var draft = new Regulation { Id = "X", NameEn = "x", NameZh = "x", ShortName = "x", Status = RegulationStatus.Draft, EffectiveOn = new DateOnly(2020, 1, 1) };
        Assert.False(draft.IsBindingOn(new DateOnly(2025, 1, 1)));
    }
}
