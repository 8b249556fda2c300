using System.Text;
using System.Text.Json;

namespace AiRegOps.Core.Evidence;

/// <summary>
/// Corrections without deletion: a revocation is one more ledger entry that names the content it withdraws (by its
/// hash, for the same obligation and period) and why. The revoked entry stays, the chain still verifies, and what
/// counts (<see cref="ObligationFacts.Derive"/>) leaves the revoked entry out from then on. Who revoked it is the
/// entry's AddedBy and when is its timestamp, both covered by the chain.
/// </summary>
public static class Revocations
{
    /// <summary>The content type that marks a ledger entry as a revocation.</summary>
    public const string ContentType = "application/vnd.airegops.revocation+json";

    /// <summary>The longest reason a revocation may carry.</summary>
    public const int MaxReasonLength = 1000;

    public static bool IsRevocation(LedgerEntry entry) => string.Equals(entry?.Metadata.ContentType, ContentType, StringComparison.Ordinal);

    /// <summary>The canonical note (and stored content) of a revocation: {"revokes":"sha256:...","reason":"..."}.</summary>
    public static string NoteOf(ContentHash revokes, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("revokes", revokes.ToString());
            writer.WriteString("reason", reason.Trim());
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The ledger metadata revoking <paramref name="revoked"/>.</summary>
    public static EvidenceMetadata MetadataOf(LedgerEntry revoked, string note, string revokedBy)
    {
        ArgumentNullException.ThrowIfNull(revoked);
        return new EvidenceMetadata
        {
            Service = revoked.Service,
            ObligationId = revoked.Metadata.ObligationId,
            Period = revoked.Metadata.Period,
            AddedBy = revokedBy,
            Note = note,
            FileName = "revocation.json",
            ContentType = ContentType,
        };
    }

    /// <summary>The content hash a revocation entry withdraws.</summary>
    /// <exception cref="FormatException">The note is not the content its hash names, or not a revocation.</exception>
    public static ContentHash RevokedBy(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var note = entry.Metadata.Note ?? throw new FormatException("the revocation entry has no note");
        if (ContentHash.Of(Encoding.UTF8.GetBytes(note)) != entry.ContentHash)
        {
            throw new FormatException("the revocation entry's note is not the content its hash names");
        }

        try
        {
            using var document = JsonDocument.Parse(note);
            var text = document.RootElement.GetProperty("revokes").GetString();
            return ContentHash.Parse(text ?? throw new FormatException("the revocation names no content"));
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"the revocation entry's note cannot be read ({ex.Message})", ex);
        }
    }

    /// <summary>The reason a revocation entry gives (its note was checked by <see cref="RevokedBy"/>).</summary>
    public static string? ReasonOf(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            using var document = JsonDocument.Parse(entry.Metadata.Note ?? "{}");
            return document.RootElement.TryGetProperty("reason", out var reason) ? reason.GetString() : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
