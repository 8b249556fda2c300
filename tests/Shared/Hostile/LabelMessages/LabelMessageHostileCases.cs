using System.Text;
using System.Text.Json;
using AiRegOps.Azure.Labels;

namespace AiRegOps.Tests.Hostile;

/// <summary>
/// Hostile input for the blob-label trigger: queue messages (<see cref="BlobCreatedMessageReader"/>: Event Grid
/// BlobCreated, CloudEvents and plain <c>{container,name,service}</c>) and the <c>AiRegOps__LabelWatch</c> setting
/// (<see cref="LabelWatchList"/>). Each ends in the precise error, within the suite's bounds (under 5 s, 256 MB). Kept
/// apart from <see cref="HostileCases"/> because it needs AiRegOps.Azure; the Functions tests and <c>bench/hostile</c>
/// compile it in.
/// </summary>
public static class LabelMessageHostileCases
{
    private const string Prefix = "Invalid label-check message: ";

    private static readonly Lazy<IReadOnlyList<LabelWatch>> Watches = new(() => LabelWatchList.Parse("ai-images=chat,ai-audio=draw"));

    public static IEnumerable<HostileCase> All() => Messages().Concat(WatchSettings());

    private static IEnumerable<HostileCase> Messages()
    {
        // Size, depth, shape: refused before (or while) parsing.
        yield return Message("oversize-40KB-name", Plain("ai-images", new string('a', 40_000), "chat"), "$: the message is 40,052 characters; at most 32,768 are accepted");
        yield return Message("oversize-16MB", new string('{', 16 << 20), "$: the message is 16,777,216 characters; at most 32,768 are accepted");
        yield return Message("nested-arrays-10k", "{\"data\":" + HostileCases.NestedFlow(10_000) + "}", "$: not JSON (line 1, byte 16; at most 8 levels)");
        yield return Message("nested-data-objects", EventGrid("ai-images", "x.png").Replace("\"data\":{", "\"data\":{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{\"g\":{}}}}}}},", StringComparison.Ordinal), "at most 8 levels)");
        yield return Message("array-of-300-events", "[" + string.Join(',', Enumerable.Repeat(EventGrid("ai-images", "x.png"), 60)) + "]", "$: expected one JSON object (an Event Grid event or {\"container\",\"name\",\"service\"}), found an array");
        yield return Message("array-of-10k-events", "[" + string.Join(',', Enumerable.Repeat(EventGrid("ai-images", "x.png"), 10_000)) + "]", "at most 32,768 are accepted");
        yield return Message("top-level-string", "\"ai-images/x.png\"", "found a string");

        // Duplicate fields: readers disagree on which one counts, so neither does.
        yield return Message("duplicate-subject", EventGrid("ai-images", "x.png").Replace("{\"eventType\"", "{\"subject\":\"/blobServices/default/containers/evidence/blobs/x\",\"eventType\"", StringComparison.Ordinal), "$.subject: the field appears twice");
        yield return Message("duplicate-cloudevent-type", CloudEvent("ai-images", "x.png").Replace("{\"specversion\"", "{\"type\":\"Microsoft.Storage.BlobDeleted\",\"specversion\"", StringComparison.Ordinal), "$.type: the field appears twice");
        yield return Message("duplicate-plain-service", "{\"container\":\"ai-images\",\"name\":\"x.png\",\"service\":\"draw\",\"service\":\"chat\"}", "$.service: the field appears twice");

        // Encoding: the host decodes the queue's bytes as UTF-8, so broken bytes arrive as U+FFFD; escapes can carry
        // half a surrogate pair, which is not text at all.
        yield return Message("invalid-utf8-name", Encoding.UTF8.GetString([.. "{\"container\":\"ai-images\",\"name\":\"x"u8, 0xC3, 0x28, 0xFF, .. ".png\",\"service\":\"chat\"}"u8]), "$: the message holds U+FFFD");
        yield return Message("lone-surrogate-escape-name", "{\"container\":\"ai-images\",\"name\":\"x\\ud800.png\",\"service\":\"chat\"}", "$.name: not valid Unicode");
        yield return Message("lone-surrogate-escape-field", "{\"x\\udfff\":1}", "$: not valid Unicode");
        yield return Message("lone-surrogate-raw", "{\"container\":\"ai-images\",\"name\":\"x\ud800.png\",\"service\":\"chat\"}", "$: not valid UTF-16 text");

        // Control and bidi characters: refused in names, shown escaped wherever a value is quoted.
        yield return Message("nul-in-name", EventGrid("ai-images", "x\0.png"), "$.subject: the blob name holds the control or bidirectional character U+0000");
        yield return Message("ci-command-in-name", Plain("ai-images", "x\n::error::forged", "chat"), "$.name: the blob name holds the control or bidirectional character U+000A");
        yield return Message("bidi-in-name", CloudEvent("ai-audio", "voice\u202Eavw.exe"), "$.subject: the blob name holds the control or bidirectional character U+202E");
        yield return Message("nul-in-container", Plain("ai-images\0", "x.png", "chat"), "$.container: container 'ai-images\\u0000' is not watched");
        yield return Message("bidi-in-container", EventGrid("ai-images\u202E", "x.png"), "$.subject: container 'ai-images\\u202e' is not watched");
        yield return Message("escape-in-service", Plain("ai-images", "x.png", "chat\u001b[2J\n::error::forged"), "$.service: 'chat\\u001b[2J\\n::error::forged' is not the service of container ai-images");

        // Traversal: a name is a path inside its container, in every spelling.
        yield return Message("traversal-dotdot", EventGrid("ai-images", "../azure-webjobs-secrets/host.json"), "$.subject: the blob name holds a '.' or '..' segment");
        yield return Message("traversal-dotdot-spaced", Plain("ai-images", "a/ .. /x.png", "chat"), "$.name: the blob name holds a '.' or '..' segment");
        yield return Message("traversal-backslash", Plain("ai-images", "..\\..\\x.png", "chat"), "$.name: the blob name holds a backslash");
        yield return Message("traversal-unc", Plain("ai-images", "\\\\evil\\share\\x.png", "chat"), "$.name: the blob name holds a backslash");
        yield return Message("absolute-root", Plain("ai-images", "/etc/passwd", "chat"), "$.name: the blob name is absolute");
        yield return Message("absolute-drive", Plain("ai-images", "C:x.png", "chat"), "$.name: the blob name is absolute");
        yield return Message("absolute-url", EventGrid("ai-images", "https://evil.example/x.png"), "$.subject: the blob name is absolute");
        yield return Message("percent-dotdot", EventGrid("ai-images", "%2e%2e/evidence/x.png"), "$.subject: the blob name holds '%'");
        yield return Message("percent-slash", Plain("ai-images", "..%2Fx.png", "chat"), "$.name: the blob name holds '%'");
        yield return Message("container-traversal", "{\"eventType\":\"Microsoft.Storage.BlobCreated\",\"subject\":\"/blobServices/default/containers/../blobs/x.png\"}", "$.subject: container '..' is not watched");
        yield return Message("container-path", Plain("ai-images/../evidence", "x.png", "chat"), "$.container: container 'ai-images/../evidence' is not watched");

        // Whose blob: only watched containers, each with its own service.
        yield return Message("container-not-watched", EventGrid("evidence", "x.png"), "$.subject: container 'evidence' is not watched (AiRegOps__LabelWatch lists ai-images, ai-audio)");
        yield return Message("host-container", Plain("azure-webjobs-secrets", "host.json", "chat"), "$.container: container 'azure-webjobs-secrets' is not watched");
        yield return Message("service-mismatch", Plain("ai-images", "x.png", "draw"), "$.service: 'draw' is not the service of container ai-images (chat, AiRegOps__LabelWatch)");
        yield return Message("event-type-deleted", EventGrid("ai-images", "x.png").Replace("BlobCreated", "BlobDeleted", StringComparison.Ordinal), "$.eventType: 'Microsoft.Storage.BlobDeleted' is not Microsoft.Storage.BlobCreated");
        yield return Message("subject-other-service", "{\"eventType\":\"Microsoft.Storage.BlobCreated\",\"subject\":\"/fileServices/default/shares/ai-images/files/x.png\"}", "$.subject: expected /blobServices/default/containers/<container>/blobs/<name>");

        // Wrong types.
        yield return Message("event-type-number", "{\"eventType\":42,\"subject\":\"x\"}", "$.eventType: expected a string, found a number");
        yield return Message("subject-array", "{\"eventType\":\"Microsoft.Storage.BlobCreated\",\"subject\":[\"/blobServices/default/containers/ai-images/blobs/x.png\"]}", "$.subject: expected a string, found an array");
        yield return Message("cloudevent-type-boolean", "{\"specversion\":\"1.0\",\"type\":true}", "$.type: expected a string, found a boolean");
        yield return Message("plain-container-object", "{\"container\":{\"name\":\"ai-images\"},\"name\":\"x.png\",\"service\":\"chat\"}", "$.container: expected a string, found an object");
        yield return Message("plain-name-null", "{\"container\":\"ai-images\",\"name\":null,\"service\":\"chat\"}", "$.name: expected a string, found null");
        yield return Message("empty-object", "{}", "$.container: required");
    }

    private static IEnumerable<HostileCase> WatchSettings()
    {
        yield return Watch("container-traversal", "../evidence=chat", "entry 1: the container must be a blob container name");
        yield return Watch("container-percent", "%2e%2e=chat", "entry 1: the container must be a blob container name");
        yield return Watch("container-nul", "ai\0images=chat", "entry 1: the container must be a blob container name");
        yield return Watch("host-container", "ai-images=chat,azure-webjobs-secrets=chat", "entry 2: the container must be a blob container name (3-63 lower-case letters, digits and single dashes; not the host's azure-webjobs-* containers)");
        yield return Watch("service-escape", "ai-images=chat\u001b[2J", "entry 1 (ai-images): the service must be a service name");
        yield return Watch("ci-command-after-service", "ai-images=chat\n::error::forged", "entry 1 (ai-images): ':error::forged' is not an obligation id of the catalogue");
        yield return Watch("service-traversal", "ai-images=../../etc", "entry 1 (ai-images): the service must be a service name");
        yield return Watch("obligation-bidi", "ai-images=chat:label\u202Eimplicit", "entry 1 (ai-images): 'label\\u202eimplicit' is not an obligation id of the catalogue");
        yield return Watch("duplicate-container", "ai-images=chat,ai-audio=draw,ai-images=draw", "entry 3: container ai-images is listed twice");
        yield return Watch("empty-entry", "ai-images=chat,,ai-audio=draw", "entry 2 is not container=service[:obligation+obligation]");
        yield return Watch("26-containers", string.Join(',', Enumerable.Range(0, 26).Select(i => $"c{i:D3}=chat")), "26 containers are listed; an Event Grid subscription filter takes at most 25");
        yield return Watch("100k-containers", string.Join(',', Enumerable.Range(0, 100_000).Select(i => $"c{i:D6}=chat")), "100,000 containers are listed; an Event Grid subscription filter takes at most 25");
        yield return Watch("entry-1MB", new string('a', 1_000_000) + "=chat", "entry 1: the container must be a blob container name");
        yield return Watch("obligations-100k", "ai-images=chat:" + string.Join('+', Enumerable.Repeat("label-implicit-metadata", 100_000)) + "+nope", "entry 1 (ai-images): 'nope' is not an obligation id of the catalogue");
    }

    private static HostileCase Message(string name, string message, string fragment) =>
        new("label-message", name, () => BlobCreatedMessageReader.Read(message, Watches.Value), typeof(LabelCheckMessageException), fragment.StartsWith('$') ? Prefix + fragment : fragment);

    private static HostileCase Watch(string name, string setting, string fragment) =>
        new("label-watch", name, () => LabelWatchList.Parse(setting), typeof(FormatException), fragment);

    // Serialised with System.Text.Json, so control, bidi and non-ASCII characters travel as \u escapes, as Event Grid sends them.
    private static string EventGrid(string container, string name) =>
        "{\"eventType\":\"Microsoft.Storage.BlobCreated\",\"id\":\"evt-1\",\"subject\":" + JsonSerializer.Serialize($"/blobServices/default/containers/{container}/blobs/{name}")
        + ",\"data\":{\"api\":\"PutBlob\",\"eTag\":\"0x8DD1\"}}";

    private static string CloudEvent(string container, string name) =>
        "{\"specversion\":\"1.0\",\"type\":\"Microsoft.Storage.BlobCreated\",\"id\":\"ce-1\",\"subject\":" + JsonSerializer.Serialize($"/blobServices/default/containers/{container}/blobs/{name}") + ",\"data\":{}}";

    private static string Plain(string container, string name, string service) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["container"] = container, ["name"] = name, ["service"] = service });
}
