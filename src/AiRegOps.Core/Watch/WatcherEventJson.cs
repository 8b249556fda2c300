using System.Text.Json;
using System.Text.Json.Nodes;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Profiles.Loading;
using AiRegOps.Core.Reminders;
using AiRegOps.Core.IO;

namespace AiRegOps.Core.Watch;

/// <summary>
/// The watcher-events queue message as JSON (version 1). Written and read only by AiRegOps, so it is kept simple; the
/// event types use the profile's names so a message reads like airegops.yml.
/// </summary>
public static class WatcherEventJson
{
    public const int SchemaVersion = 1;

    public static string Write(WatcherEventMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var events = new JsonArray();
        foreach (var recorded in message.Events)
        {
            var e = recorded.Event;
            events.Add(new JsonObject
            {
                ["id"] = recorded.Id,
                ["service"] = recorded.Service,
                ["source"] = recorded.Source,
                ["type"] = ProfileVocabulary.EventTypes.ToName(e.Type),
                ["date"] = e.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["feature"] = e.Feature,
                ["subject"] = e.Subject,
                ["note"] = e.Note,
            });
        }

        var root = new JsonObject
        {
            ["schemaVersion"] = SchemaVersion,
            ["repository"] = message.Repository.ToString(),
            ["path"] = message.Path,
            ["sha"] = message.Sha,
            ["events"] = events,
        };
        return root.ToJsonString();
    }

    /// <exception cref="WatcherMessageException">The text is not a version-1 watcher message.</exception>
    public static WatcherEventMessage Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var root = JsonNode.Parse(json) as JsonObject ?? throw new WatcherMessageException("A watcher-events message must be a JSON object.");
            var version = root["schemaVersion"]?.GetValue<int>();
            if (version != SchemaVersion)
            {
                throw new WatcherMessageException($"Watcher-events message schemaVersion {version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(missing)"} is not supported; expected {SchemaVersion}.");
            }

            var events = new List<RecordedServiceEvent>();
            foreach (var node in root["events"] as JsonArray ?? [])
            {
                var type = Required(node, "type");
                if (!ProfileVocabulary.EventTypes.TryParse(type, out var eventType))
                {
                    throw new WatcherMessageException($"Watcher-events message: event type '{TextSafety.ForMessage(type, 60)}' is not one of {ProfileVocabulary.EventTypes.NameList}.");
                }

                events.Add(new RecordedServiceEvent
                {
                    Id = Required(node, "id"),
                    Service = Required(node, "service"),
                    Source = Required(node, "source"),
                    Event = new ServiceEvent
                    {
                        Type = eventType,
                        Date = IsoDate.Parse(Required(node, "date")),
                        Feature = node?["feature"]?.GetValue<string>(),
                        Subject = node?["subject"]?.GetValue<string>(),
                        Note = node?["note"]?.GetValue<string>(),
                    },
                });
            }

            return new WatcherEventMessage
            {
                Repository = RepositoryRef.Parse(Required(root, "repository")),
                Path = Required(root, "path"),
                Sha = root["sha"]?.GetValue<string>() ?? string.Empty,
                Events = events,
            };
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            throw new WatcherMessageException($"Watcher-events message is malformed: {ex.Message}", ex);
        }
    }

    private static string Required(JsonNode? node, string name) =>
        node?[name]?.GetValue<string>() is { Length: > 0 } value ? value : throw new WatcherMessageException($"Watcher-events message: '{name}' is missing.");
}
