using System.Globalization;
using System.Text.Json;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Watch;

/// <summary>
/// Writes a deployment event as the airegops/deployment/v1 message the DeploymentEvents function reads
/// (<see cref="DeploymentEventReader"/> reads back exactly what this writes).
/// </summary>
public static class DeploymentEventJson
{
    public static string Write(DeploymentEvent deployment)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            json.WriteStartObject();
            json.WriteString("apiVersion", DeploymentEvent.ApiVersion);
            json.WriteString("kind", DeploymentEvent.Kind);
            json.WriteString("id", deployment.Id);
            json.WriteString("service", deployment.Service);
            json.WriteString("version", deployment.Version);
            json.WriteString("environment", deployment.Environment);
            json.WriteString("occurredAt", deployment.OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
            Optional(json, "deployedBy", deployment.DeployedBy);
            json.WriteStartArray("changes");
            foreach (var change in deployment.Changes)
            {
                json.WriteStartObject();
                json.WriteString("type", KebabName<ServiceEventType>.Of(change.Type));
                Optional(json, "feature", change.Feature);
                Optional(json, "subject", change.Subject);
                Optional(json, "note", change.Note);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("evidence");
            foreach (var evidence in deployment.Evidence)
            {
                WriteEvidence(json, evidence);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteEvidence(Utf8JsonWriter json, DeploymentEvidence evidence)
    {
        json.WriteStartObject();
        json.WriteString("obligation", evidence.ObligationId);
        Optional(json, "period", evidence.Period);
        json.WriteString("name", evidence.Name);
        Optional(json, "mediaType", evidence.MediaType);
        Optional(json, "note", evidence.Note);
        if (evidence.Blob is { } blob)
        {
            json.WriteStartObject("blob");
            json.WriteString("container", blob.Container);
            json.WriteString("name", blob.Name);
            json.WriteEndObject();
        }
        else if (evidence.Inline is { } inline)
        {
            json.WriteStartObject("inline");
            json.WriteString("contentBase64", Convert.ToBase64String(inline.Span));
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
