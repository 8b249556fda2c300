using System.Text.Json;
using AiRegOps.Core;
using AiRegOps.Core.Watch;

namespace AiRegOps.Azure.Labels;

/// <summary>
/// Reads a label-check queue message, which is untrusted input: an Event Grid <c>Microsoft.Storage.BlobCreated</c>
/// event (Event Grid schema or CloudEvents 1.0, as the subscription delivers it), or a pipeline's plain
/// <c>{"container","name","service"}</c>. Size and depth are limited; the container must be a watched one, the name a
/// plain path inside it (<see cref="BlobReferenceRules"/>), and a pipeline's service the container's own.
/// </summary>
public static class BlobCreatedMessageReader
{
    /// <summary>A blob-created event is about 1-3 KB even for a 1,024-character name; anything far larger is refused.</summary>
    public const int MaxMessageLength = 32 * 1024;

    public const int MaxDepth = 8;

    public const string BlobCreatedType = "Microsoft.Storage.BlobCreated";

    private const string SubjectPrefix = "/blobServices/default/containers/";

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };

    /// <exception cref="LabelCheckMessageException">The message is not a check of a watched blob.</exception>
    public static BlobCreatedMessage Read(string message, IReadOnlyList<LabelWatch> watches)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(watches);
        if (message.Length > MaxMessageLength)
        {
            throw new LabelCheckMessageException("$", $"the message is {message.Length:N0} characters; at most {MaxMessageLength:N0} are accepted");
        }

        // The host decodes the queue's bytes as UTF-8 and turns broken bytes into U+FFFD: a name holding one is not the
        // name of the blob that was written, so the message is refused rather than checked against the wrong blob.
        var replaced = message.IndexOf('\uFFFD', StringComparison.Ordinal);
        if (replaced >= 0)
        {
            throw new LabelCheckMessageException("$", $"the message holds U+FFFD at character {replaced + 1:N0}: its bytes were not valid UTF-8");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(message, Options);
        }
        catch (JsonException ex)
        {
            throw new LabelCheckMessageException("$", $"not JSON (line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}; at most {MaxDepth} levels)");
        }
        catch (ArgumentException)
        {
            // A lone surrogate in the string itself: System.Text.Json cannot transcode it.
            throw new LabelCheckMessageException("$", "not valid UTF-16 text (half a surrogate pair)");
        }

        using (document)
        {
            try
            {
                return Read(document.RootElement, watches);
            }
            catch (InvalidOperationException)
            {
                // An escaped lone surrogate (\ud800) in a field name, the id or the eTag parses but cannot be read as text.
                throw new LabelCheckMessageException("$", "not valid Unicode: a field name or value holds an escaped half of a surrogate pair");
            }
        }
    }

    private static BlobCreatedMessage Read(JsonElement root, IReadOnlyList<LabelWatch> watches)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new LabelCheckMessageException("$", $"expected one JSON object (an Event Grid event or {{\"container\",\"name\",\"service\"}}), found {Kind(root)}");
        }

        // JSON allows a field twice and readers disagree on which one counts: refuse rather than pick one.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                throw new LabelCheckMessageException($"$.{TextSafety.ForMessage(property.Name, 40)}", "the field appears twice");
            }
        }

        if (root.TryGetProperty("eventType", out _))
        {
            return ReadEvent(root, "eventType", "id", watches, "Event Grid event");
        }

        if (root.TryGetProperty("specversion", out _))
        {
            return ReadEvent(root, "type", "id", watches, "CloudEvent");
        }

        return ReadPlain(root, watches);
    }

    private static BlobCreatedMessage ReadEvent(JsonElement root, string typeField, string idField, IReadOnlyList<LabelWatch> watches, string what)
    {
        var type = RequiredString(root, typeField);
        if (type != BlobCreatedType)
        {
            throw new LabelCheckMessageException($"$.{typeField}", $"'{TextSafety.ForMessage(type, 80)}' is not {BlobCreatedType}; the subscription should deliver only that type");
        }

        // "/blobServices/default/containers/<container>/blobs/<name>": the container ends at the first '/', the
        // name is everything after "/blobs/" (it may hold '/').
        var subject = RequiredString(root, "subject");
        var rest = subject.StartsWith(SubjectPrefix, StringComparison.Ordinal) ? subject[SubjectPrefix.Length..] : null;
        var slash = rest?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (rest is null || slash <= 0 || !rest.AsSpan(slash).StartsWith("/blobs/", StringComparison.Ordinal))
        {
            throw new LabelCheckMessageException("$.subject", $"expected {SubjectPrefix}<container>/blobs/<name>, found '{TextSafety.ForMessage(subject, 120)}'");
        }

        var watch = Watched(rest[..slash], "$.subject", watches);
        var name = CheckedName(rest[(slash + "/blobs/".Length)..], "$.subject");
        string? etag = null;
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("eTag", out var e) && e.ValueKind == JsonValueKind.String)
        {
            etag = e.GetString();
        }

        var id = root.TryGetProperty(idField, out var idValue) && idValue.ValueKind == JsonValueKind.String ? TextSafety.ForMessage(idValue.GetString(), 80) : "without id";
        return new BlobCreatedMessage { Watch = watch, Name = name, EventETag = etag, Origin = $"{what} {id}" };
    }

    private static BlobCreatedMessage ReadPlain(JsonElement root, IReadOnlyList<LabelWatch> watches)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (property.Name is not ("container" or "name" or "service"))
            {
                throw new LabelCheckMessageException($"$.{TextSafety.ForMessage(property.Name, 40)}", "unknown field: a pipeline message has exactly container, name and service (or send an Event Grid event)");
            }
        }

        var watch = Watched(RequiredString(root, "container"), "$.container", watches);
        var name = CheckedName(RequiredString(root, "name"), "$.name");
        var service = RequiredString(root, "service");
        if (service != watch.Service)
        {
            throw new LabelCheckMessageException("$.service", $"'{TextSafety.ForMessage(service, 80)}' is not the service of container {watch.Container} ({watch.Service}, AiRegOps__LabelWatch)");
        }

        return new BlobCreatedMessage { Watch = watch, Name = name, Origin = "pipeline message" };
    }

    private static LabelWatch Watched(string container, string field, IReadOnlyList<LabelWatch> watches) =>
        watches.FirstOrDefault(w => w.Container == container)
        ?? throw new LabelCheckMessageException(field, $"container '{TextSafety.ForMessage(container, 80)}' is not watched (AiRegOps__LabelWatch lists {(watches.Count == 0 ? "none" : string.Join(", ", watches.Select(w => w.Container)))})");

    private static string CheckedName(string name, string field) =>
        BlobReferenceRules.NameProblem(name) is { } problem ? throw new LabelCheckMessageException(field, problem) : name;

    private static string RequiredString(JsonElement root, string field)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind != JsonValueKind.String)
        {
            throw new LabelCheckMessageException($"$.{field}", value.ValueKind == JsonValueKind.Undefined ? "required" : $"expected a string, found {Kind(value)}");
        }

        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new LabelCheckMessageException($"$.{field}", "not valid Unicode: an escaped half of a surrogate pair (\\ud800-\\udfff) without the other half");
        }
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "a string",
    };
}
