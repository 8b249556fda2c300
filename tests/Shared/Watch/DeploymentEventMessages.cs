namespace AiRegOps.Tests.Shared.Watch;

/// <summary>Deployment event messages as a release pipeline sends them.</summary>
internal static class DeploymentEventMessages
{
    /// <summary>A valid event: one function added, one inline evidence file for <paramref name="obligation"/>.</summary>
    public static string Valid(string id = "rel-1", string service = "chat", string occurredAt = "2025-10-01T10:00:00+08:00", string obligation = "sa-security-assessment") => $$"""
        {
          "apiVersion": "airegops/deployment/v1",
          "id": "{{id}}",
          "service": "{{service}}",
          "version": "1.2.3",
          "environment": "production",
          "occurredAt": "{{occurredAt}}",
          "changes": [
            { "type": "function-added", "feature": "live-streaming" }
          ],
          "evidence": [
            { "obligation": "{{obligation}}", "name": "assessment.txt", "inline": { "contentBase64": "aGVsbG8=" } }
          ]
        }
        """;
}
