using AiRegOps.Azure.Labels;
using AiRegOps.Tests.Shared.Labels;

namespace AiRegOps.Azure.Tests.Labels;

/// <summary>The label-check message is untrusted input: what is accepted, and the field and reason for what is not.</summary>
public sealed class BlobCreatedMessageReaderTests
{
    private static readonly IReadOnlyList<LabelWatch> Watches = LabelWatchList.Parse("ai-images=chat,ai-audio=draw:label-implicit-metadata+label-explicit-labels");

    [Fact]
    public void An_Event_Grid_event_gives_the_container_the_whole_name_the_service_and_the_reported_etag()
    {
        var message = BlobCreatedMessageReader.Read(LabelMessages.EventGrid("ai-images", "2026/12/a b/cat.png", "0x8DD1"), Watches);

        Assert.Equal(("ai-images", "2026/12/a b/cat.png", "chat", "0x8DD1"), (message.Container, message.Name, message.Service, message.EventETag));
        Assert.StartsWith("Event Grid event evt-", message.Origin, StringComparison.Ordinal);
    }

    [Fact]
    public void A_CloudEvent_and_a_pipeline_message_are_accepted_too()
    {
        var cloud = BlobCreatedMessageReader.Read(LabelMessages.CloudEvent("ai-audio", "voice.wav"), Watches);
        var plain = BlobCreatedMessageReader.Read(LabelMessages.Plain("ai-audio", "voice.wav", "draw"), Watches);

        Assert.Equal(("draw", "voice.wav"), (cloud.Service, cloud.Name));
        Assert.Equal(["label-implicit-metadata", "label-explicit-labels"], plain.Watch.Obligations);
        Assert.Null(plain.EventETag);
    }

    [Theory]
    [InlineData("event-grid-blob-created.json", "Event Grid event 831e1650-001e-001b-66ab-eeb76e069631")]
    [InlineData("pipeline-message.json", "pipeline message")]
    public void The_example_messages_are_read_as_documented(string file, string origin)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "label-checks", file));

        var message = BlobCreatedMessageReader.Read(text, LabelWatchList.Parse("ai-images=chat-service"));

        Assert.Equal(("ai-images", "2026/12/01/poster-0001.png", "chat-service", origin), (message.Container, message.Name, message.Service, message.Origin));
    }

    public static TheoryData<string, string, string> Refused() => new()
    {
        { "not json", "$", "not JSON" },
        { "[1]", "$", "found an array" },
        { new string(' ', BlobCreatedMessageReader.MaxMessageLength + 1), "$", "at most 32,768" },
        { "{\"a\":" + new string('[', 20) + new string(']', 20) + "}", "$", "at most 8 levels" },
        { LabelMessages.EventGrid("ai-images", "x.png", type: "Microsoft.Storage.BlobDeleted"), "$.eventType", "is not Microsoft.Storage.BlobCreated" },
        { LabelMessages.EventGrid("evidence", "x.png"), "$.subject", "container 'evidence' is not watched" },
        { LabelMessages.EventGrid("ai-images", "../evidence/x.png"), "$.subject", "'..' segment" },
        { LabelMessages.EventGrid("ai-images", "a\\b.png"), "$.subject", "backslash" },
        { LabelMessages.EventGrid("ai-images", "a//b.png"), "$.subject", "empty folder" },
        { LabelMessages.EventGrid("ai-images", "x\u202Egnp.exe"), "$.subject", "U+202E" },
        { LabelMessages.EventGrid("ai-images", "x\u0007.png"), "$.subject", "U+0007" },
        { LabelMessages.EventGrid("ai-images", "%2e%2e/x.png"), "$.subject", "percent-escapes" },
        { LabelMessages.EventGrid("ai-images", new string('a', 1025)), "$.subject", "at most 1,024" },
        { """{"eventType":"Microsoft.Storage.BlobCreated","subject":"/blobServices/default/containers/ai-images"}""", "$.subject", "expected /blobServices/default/containers/<container>/blobs/<name>" },
        { """{"eventType":"Microsoft.Storage.BlobCreated","subject":42}""", "$.subject", "expected a string, found a number" },
        { LabelMessages.Plain("ai-images", "x.png", "draw"), "$.service", "is not the service of container ai-images (chat" },
        { LabelMessages.Plain("ai-images", "/x.png", "chat"), "$.name", "absolute" },
        { LabelMessages.Plain("ai-images", "C:x.png", "chat"), "$.name", "absolute" },
        { """{"container":"ai-images","name":"x.png"}""", "$.service", "required" },
        { """{"container":"ai-images","name":"x.png","service":"chat","url":"https://evil.example/x"}""", "$.url", "unknown field" },
        { """{"container":"ai-audio","container":"ai-images","name":"x.png","service":"chat"}""", "$.container", "appears twice" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_message_that_is_not_a_check_of_a_watched_blob_is_refused_with_its_field_and_reason(string message, string field, string reason)
    {
        var ex = Assert.Throws<LabelCheckMessageException>(() => BlobCreatedMessageReader.Read(message, Watches));

        Assert.Equal(field, ex.Field);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', ex.Message);
        Assert.DoesNotContain('\u0007', ex.Message);
        Assert.True(ex.Message.Length < 600, ex.Message);
    }

    [Fact]
    public void With_no_watched_container_every_message_is_refused()
    {
        var ex = Assert.Throws<LabelCheckMessageException>(() => BlobCreatedMessageReader.Read(LabelMessages.Plain("ai-images", "x.png", "chat"), []));

        Assert.Contains("lists none", ex.Message, StringComparison.Ordinal);
    }
}
