using AiRegOps.Core.Attributes;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Tests.Attributes;

public sealed class PublicOpinionTestTests
{
    // The services SA2018 Art. 2(1) names, in its order.
    private static readonly string[] NamedServiceIds =
    [
        "forum", "blog", "microblog", "chat-room", "communication-group", "public-account",
        "short-video", "live-streaming", "information-sharing", "mini-program",
    ];

    public static TheoryData<string> NamedServices => new(NamedServiceIds);

    [Theory]
    [MemberData(nameof(NamedServices))]
    public void Every_service_named_in_Article_2_1_gives_public_opinion_attributes(string feature)
    {
        var result = PublicOpinionTest.Evaluate([feature]);

        Assert.True(result.HasPublicOpinionAttributes);
        var ground = Assert.Single(result.Grounds);
        Assert.Equal(feature, ground.Feature);
        Assert.Equal(PublicOpinionBasis.NamedService, ground.Basis);
        Assert.Equal("SA2018 Art. 2(1)", ground.Article.Display);
    }

    [Theory]
    [InlineData("comments", PublicOpinionBasis.ExpressionChannel)]
    [InlineData("bullet-comments", PublicOpinionBasis.ExpressionChannel)]
    [InlineData("crowdfunding", PublicOpinionBasis.Mobilisation)]
    public void Other_public_channels_fall_under_Article_2_2_as_our_reading(string feature, PublicOpinionBasis basis)
    {
        var ground = Assert.Single(PublicOpinionTest.Evaluate([feature]).Grounds);

        Assert.Equal(basis, ground.Basis);
        Assert.Equal("SA2018 Art. 2(2)", ground.Article.Display);
        Assert.Contains("AiRegOps' reading", ground.Article.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Features_without_a_public_channel_give_no_attributes_and_are_listed()
    {
        var result = PublicOpinionTest.Evaluate(["dispatch", "pricing", "navigation"]);

        Assert.False(result.HasPublicOpinionAttributes);
        Assert.Empty(result.Grounds);
        Assert.Equal(["dispatch", "pricing", "navigation"], result.FeaturesWithoutChannel);
        Assert.StartsWith("no: none of dispatch, pricing, navigation", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_ground_is_reported_once_in_the_order_given()
    {
        var result = PublicOpinionTest.Evaluate(["ai-chat", "live-streaming", "comments", "live-streaming"]);

        Assert.Equal(["live-streaming", "comments"], result.Grounds.Select(g => g.Feature));
        Assert.Equal("yes: live-streaming (SA2018 Art. 2(1)), comments (SA2018 Art. 2(2))", result.Summary);
    }

    [Fact]
    public void An_unknown_feature_is_an_error_with_a_suggestion()
    {
        var error = Assert.Throws<UnknownFeatureException>(() => PublicOpinionTest.Evaluate(["livestreaming"]));

        Assert.Equal("livestreaming", error.Feature);
        Assert.StartsWith("Unknown feature 'livestreaming'. Did you mean 'live-streaming'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_carries_its_name_into_the_result()
    {
        var profile = new ServiceProfile
        {
            Name = "chat",
            Provider = new Provider { Name = "Example" },
            Features = ["short-video"],
        };

        var result = PublicOpinionTest.Evaluate(profile);

        Assert.Equal("chat", result.Service);
        Assert.True(result.HasPublicOpinionAttributes);
    }

    [Fact]
    public void The_vocabulary_has_the_features_the_issue_requires()
    {
        string[] required = [.. NamedServiceIds, "comments", "dispatch", "search", "recommendation-feed"];

        Assert.All(required, feature => Assert.True(FeatureVocabulary.TryGet(feature, out _), feature));
    }
}
