namespace AiRegOps.GitHub.Tests.Fake;

/// <summary>A failure the fake GitHub can be told to answer with.</summary>
public enum FakeFault
{
    /// <summary>502 Bad Gateway, nothing done.</summary>
    BadGateway,

    /// <summary>403 "API rate limit exceeded" with X-RateLimit-Remaining: 0 and a reset time.</summary>
    PrimaryLimit,

    /// <summary>429 with X-RateLimit-Remaining: 0 and a reset time (GitHub answers either way).</summary>
    PrimaryLimit429,

    /// <summary>403 "secondary rate limit" with Retry-After.</summary>
    SecondaryLimit,

    /// <summary>403 "Resource not accessible by integration": no rate limit, the credential may not do this.</summary>
    Forbidden,

    /// <summary>Performs the write, then drops the connection without answering.</summary>
    DropAfterWrite,
}
