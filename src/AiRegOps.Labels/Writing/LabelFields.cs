using System.Text.Json;
using AiRegOps.Labels.Rules;

namespace AiRegOps.Labels.Writing;

/// <summary>The Annex E fields to write; serialised as one JSON object in Annex E key order, empty strings for unset keys.</summary>
public sealed record LabelFields
{
    public required string Label { get; init; }
    public required string ContentProducer { get; init; }
    public required string ProduceID { get; init; }
    public string ReservedCode1 { get; init; } = string.Empty;
    public string ContentPropagator { get; init; } = string.Empty;
    public string PropagateID { get; init; } = string.Empty;
    public string ReservedCode2 { get; init; } = string.Empty;

    public string ToJson()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Label"] = Label,
            ["ContentProducer"] = ContentProducer,
            ["ProduceID"] = ProduceID,
            ["ReservedCode1"] = ReservedCode1,
            ["ContentPropagator"] = ContentPropagator,
            ["PropagateID"] = PropagateID,
            ["ReservedCode2"] = ReservedCode2,
        };
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var key in LabelRuleSet.Default.Keys)
            {
                writer.WriteString(key.Name, values[key.Name]);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
