using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using AiRegOps.Core.IO;

namespace AiRegOps.Core.State;

/// <summary>The stored form of a state record (one JSON object), shared by the stores.</summary>
public static class StateRecordJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(ObligationStateRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return JsonSerializer.Serialize(new Stored(record.Service, record.ObligationId, record.Period,
            record.CompletedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), record.Kind.ToString(), record.Reference), Options);
    }

    public static ObligationStateRecord Deserialize(string json)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json, Options) ?? throw new FormatException("empty state record");
        return new ObligationStateRecord
        {
            Service = stored.Service,
            ObligationId = stored.ObligationId,
            Period = stored.Period,
            CompletedOn = IsoDate.Parse(stored.CompletedOn),
            Kind = Enum.Parse<ObligationStateKind>(stored.Kind),
            Reference = stored.Reference,
        };
    }

    private sealed record Stored(string Service, string ObligationId, string? Period, string CompletedOn, string Kind, string? Reference);
}
