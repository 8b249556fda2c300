using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AiRegOps.Core.Evidence;

/// <summary>
/// The hash chain: how an entry is serialised canonically, sealed with its hash and the previous entry's, and read back.
/// Every store keeps entries in this serialisation, so local and Azure ledgers verify the same way.
/// </summary>
public static class LedgerChain
{
    /// <summary>The previous hash of the first entry.</summary>
    public static readonly string GenesisHash = new('0', 64);

    private const int FormatVersion = 1;
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = false,
    };

    /// <summary>Builds and seals the entry that follows <paramref name="previous"/> (null for the first).</summary>
    public static LedgerEntry Seal(EvidenceMetadata metadata, ContentHash hash, long size, LedgerHead? previous, DateTimeOffset timestamp)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var unsealed = new LedgerEntry
        {
            Sequence = (previous?.Sequence ?? 0) + 1,
            Timestamp = Truncate(timestamp.ToUniversalTime()),
            Metadata = metadata,
            ContentHash = hash,
            Size = size,
            PreviousHash = previous?.EntryHash ?? GenesisHash,
            EntryHash = string.Empty,
        };
        return unsealed with { EntryHash = ComputeHash(unsealed) };
    }

    /// <summary>SHA-256 (hex) over the canonical serialisation of every field but the entry hash.</summary>
    public static string ComputeHash(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteCanonical(writer, entry, includeHash: false);
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    /// <summary>The stored form: the canonical serialisation with the entry hash, as one line of UTF-8 JSON (no newline).</summary>
    public static byte[] Serialize(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var buffer = new ArrayBufferWriter<byte>(600);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteCanonical(writer, entry, includeHash: true);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static string SerializeToString(LedgerEntry entry) => System.Text.Encoding.UTF8.GetString(Serialize(entry));

    /// <summary>Reads a stored entry. Does not check its hash: <see cref="LedgerVerifier"/> does.</summary>
    /// <exception cref="FormatException">The text is not a ledger entry.</exception>
    public static LedgerEntry Parse(ReadOnlySpan<byte> utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8.ToArray());
            return FromJson(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"not valid JSON ({ex.Message})", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new FormatException($"a field has the wrong type ({ex.Message})", ex);
        }
    }

    public static LedgerEntry Parse(string text) => Parse(System.Text.Encoding.UTF8.GetBytes(text ?? throw new ArgumentNullException(nameof(text))));

    /// <summary>Whether the entry's stored hash matches its fields.</summary>
    public static bool HasValidHash(LedgerEntry entry) => string.Equals(ComputeHash(entry), entry?.EntryHash, StringComparison.Ordinal);

    private static LedgerEntry FromJson(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("not a JSON object");
        }

        var version = Required(root, "v").GetInt32();
        if (version != FormatVersion)
        {
            throw new FormatException($"format version {version} is not supported");
        }

        var timestampText = RequiredString(root, "ts");
        if (!DateTimeOffset.TryParseExact(timestampText, TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var timestamp))
        {
            throw new FormatException($"timestamp '{timestampText}' is not in the form {TimestampFormat}");
        }

        var hashText = RequiredString(root, "sha256");
        if (!ContentHash.TryParse(hashText, out var contentHash))
        {
            throw new FormatException($"content hash '{hashText}' is not a SHA-256 hash");
        }

        var completed = OptionalString(root, "completedOn");
        return new LedgerEntry
        {
            Sequence = Required(root, "seq").GetInt64(),
            Timestamp = timestamp,
            Metadata = new EvidenceMetadata
            {
                Service = RequiredString(root, "service"),
                ObligationId = RequiredString(root, "obligation"),
                Period = RequiredString(root, "period"),
                DeploymentId = OptionalString(root, "deployment"),
                AddedBy = RequiredString(root, "addedBy"),
                Note = OptionalString(root, "note"),
                FileName = OptionalString(root, "fileName"),
                ContentType = OptionalString(root, "contentType"),
                CompletedOn = completed is null ? null : DateOnly.ParseExact(completed, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            },
            ContentHash = contentHash,
            Size = Required(root, "size").GetInt64(),
            PreviousHash = RequiredString(root, "prev"),
            EntryHash = RequiredString(root, "hash"),
        };
    }

    private static void WriteCanonical(Utf8JsonWriter writer, LedgerEntry entry, bool includeHash)
    {
        var m = entry.Metadata;
        writer.WriteStartObject();
        writer.WriteNumber("v", FormatVersion);
        writer.WriteNumber("seq", entry.Sequence);
        writer.WriteString("ts", entry.Timestamp.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture));
        writer.WriteString("service", m.Service);
        writer.WriteString("obligation", m.ObligationId);
        writer.WriteString("period", m.Period);
        WriteOptional(writer, "deployment", m.DeploymentId);
        writer.WriteString("addedBy", m.AddedBy);
        WriteOptional(writer, "note", m.Note);
        WriteOptional(writer, "fileName", m.FileName);
        WriteOptional(writer, "contentType", m.ContentType);
        WriteOptional(writer, "completedOn", m.CompletedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("sha256", entry.ContentHash.Hex);
        writer.WriteNumber("size", entry.Size);
        writer.WriteString("prev", entry.PreviousHash);
        if (includeHash)
        {
            writer.WriteString("hash", entry.EntryHash);
        }

        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static JsonElement Required(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new FormatException($"field '{name}' is missing");

    private static string RequiredString(JsonElement root, string name) =>
        Required(root, name).GetString() ?? throw new FormatException($"field '{name}' is missing");

    private static string? OptionalString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetString() : null;

    // The stored form keeps 100 ns ticks; anything finer would not survive a round trip.
    private static DateTimeOffset Truncate(DateTimeOffset value) => new(value.UtcTicks, TimeSpan.Zero);
}
