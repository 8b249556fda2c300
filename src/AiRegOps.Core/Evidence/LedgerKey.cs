using System.Security.Cryptography;
using System.Text;

namespace AiRegOps.Core.Evidence;

/// <summary>The idempotency key of an addition: the same content for the same obligation and period of a service.</summary>
public static class LedgerKey
{
    public static string Of(string obligationId, string period, ContentHash hash) => $"{obligationId}\n{period}\n{hash.Hex}";

    public static string Of(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Of(entry.Metadata.ObligationId, entry.Metadata.Period, entry.ContentHash);
    }

    /// <summary>The key as 64 hex digits, for stores whose keys cannot hold arbitrary text.</summary>
    public static string Digest(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
