namespace AiRegOps.Azure.Labels;

/// <summary>A validated request to check one blob: a watched container, a plain blob name and the service it belongs to.</summary>
public sealed record BlobCreatedMessage
{
    public required LabelWatch Watch { get; init; }
    public required string Name { get; init; }

    /// <summary>The ETag the event reported (Event Grid), or null (a pipeline message); the check uses the blob's own.</summary>
    public string? EventETag { get; init; }

    /// <summary>Where the message came from, for the log: "Event Grid event &lt;id&gt;" or "pipeline message".</summary>
    public required string Origin { get; init; }

    public string Container => Watch.Container;
    public string Service => Watch.Service;

    public override string ToString() => $"{Container}/{Name} ({Service}, {Origin})";
}
