namespace AiRegOps.Core.Profiles;

/// <summary>
/// The fixed vocabulary of feature names a profile may use. The first ten come from the list in SA2018 Art. 2(1);
/// the next ones are channels for public expression or mobilisation under Art. 2(2); the rest have no public channel.
/// </summary>
public static class FeatureVocabulary
{
    public static IReadOnlyList<FeatureDefinition> All { get; } =
    [
        new("forum", "论坛", "Forums or bulletin boards open to users", PublicOpinionBasis.NamedService),
        new("blog", "博客", "Blogs", PublicOpinionBasis.NamedService),
        new("microblog", "微博客", "Microblogs", PublicOpinionBasis.NamedService),
        new("chat-room", "聊天室", "Chat rooms", PublicOpinionBasis.NamedService),
        new("communication-group", "通讯群组", "Communication groups (group chats)", PublicOpinionBasis.NamedService),
        new("public-account", "公众账号", "Public accounts that publish to followers", PublicOpinionBasis.NamedService),
        new("short-video", "短视频", "Short video publishing", PublicOpinionBasis.NamedService),
        new("live-streaming", "网络直播", "Live streaming (webcasts)", PublicOpinionBasis.NamedService),
        new("information-sharing", "信息分享", "Sharing information with other users", PublicOpinionBasis.NamedService),
        new("mini-program", "小程序", "Mini-programs", PublicOpinionBasis.NamedService),
        new("comments", "评论", "Public comments on content", PublicOpinionBasis.ExpressionChannel),
        new("user-reviews", "用户评价", "Public user reviews and ratings", PublicOpinionBasis.ExpressionChannel),
        new("bullet-comments", "弹幕", "Bullet comments over video (danmaku)", PublicOpinionBasis.ExpressionChannel),
        new("q-and-a", "问答社区", "Public questions and answers", PublicOpinionBasis.ExpressionChannel),
        new("user-posts", "用户发布", "Users publish posts, images or videos to others", PublicOpinionBasis.ExpressionChannel),
        new("trending-list", "热搜榜单", "Trending topics and hot-search lists shown to the public", PublicOpinionBasis.ExpressionChannel),
        new("event-organising", "活动组织", "Organising users to take part in offline or online activities", PublicOpinionBasis.Mobilisation),
        new("crowdfunding", "众筹", "Crowdfunding or collective purchasing campaigns", PublicOpinionBasis.Mobilisation),
        new("ai-chat", "智能对话", "One-to-one conversation with an AI assistant", PublicOpinionBasis.None),
        new("text-generation", "文本生成", "Generating or editing text for the requesting user", PublicOpinionBasis.None),
        new("image-generation", "图像生成", "Generating or editing images for the requesting user", PublicOpinionBasis.None),
        new("video-generation", "视频生成", "Generating or editing video for the requesting user", PublicOpinionBasis.None),
        new("voice-synthesis", "语音合成", "Text-to-speech or voice conversion", PublicOpinionBasis.None),
        new("face-swap", "人脸替换", "Face swapping or face manipulation", PublicOpinionBasis.None),
        new("api", "接口服务", "A programmable interface for business customers", PublicOpinionBasis.None),
        new("dispatch", "调度派单", "Dispatching orders or tasks to workers or vehicles", PublicOpinionBasis.None),
        new("search", "搜索", "Search over content or goods", PublicOpinionBasis.None),
        new("recommendation-feed", "推荐信息流", "A personalised feed of content or goods", PublicOpinionBasis.None),
        new("pricing", "定价", "Algorithmic pricing", PublicOpinionBasis.None),
        new("customer-service", "智能客服", "Automated customer service", PublicOpinionBasis.None),
        new("translation", "翻译", "Machine translation", PublicOpinionBasis.None),
        new("navigation", "导航", "Maps and route planning", PublicOpinionBasis.None),
        new("payment", "支付", "Payments", PublicOpinionBasis.None),
        new("e-commerce", "电子商务", "Selling goods or services", PublicOpinionBasis.None),
    ];

    // A plain dictionary: building a frozen one costs more than the lookups of a command save (first command of a session).
    private static readonly Dictionary<string, FeatureDefinition> ById = ToDictionary(All);

    public static IEnumerable<string> Ids => All.Select(f => f.Id);

    public static bool TryGet(string id, out FeatureDefinition definition) => ById.TryGetValue(id, out definition!);

    public static FeatureDefinition Get(string id) =>
        ById.TryGetValue(id, out var definition)
            ? definition
            : throw new UnknownFeatureException(id);

    private static Dictionary<string, FeatureDefinition> ToDictionary(IReadOnlyList<FeatureDefinition> features)
    {
        var byId = new Dictionary<string, FeatureDefinition>(features.Count, StringComparer.Ordinal);
        foreach (var feature in features)
        {
            byId.Add(feature.Id, feature);
        }

        return byId;
    }
}
