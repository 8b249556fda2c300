namespace AiRegOps.Core.Evidence;

/// <summary>
/// The storage behind the evidence failed (unreachable, refused, throttled). The message names the endpoint host and
/// account and what was being done, never a key, connection string or SAS token. The storage client's own exception
/// is not attached, since its text is not ours to vouch for; <see cref="Detail"/> carries it redacted.
/// </summary>
public sealed class EvidenceStoreException : EvidenceException
{
    public EvidenceStoreException()
    {
    }

    public EvidenceStoreException(string message)
        : base(message)
    {
    }

    public EvidenceStoreException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public EvidenceStoreException(string message, string? endpoint, int? status, string? errorCode, string? detail)
        : base(message)
    {
        Endpoint = endpoint;
        Status = status;
        ErrorCode = errorCode;
        Detail = detail;
    }

    /// <summary>The host (and account) of the storage endpoint.</summary>
    public string? Endpoint { get; }

    /// <summary>The HTTP status, when the service answered.</summary>
    public int? Status { get; }

    /// <summary>The service's error code, when it answered.</summary>
    public string? ErrorCode { get; }

    /// <summary>The storage client's message, redacted.</summary>
    public string? Detail { get; }

    /// <summary>True when the endpoint could not be reached at all.</summary>
    public bool Unreachable => Status is null or 0;
}
