using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using AiRegOps.Core.IO;

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

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? scratch;

    [ThreadStatic]
    private static Utf8JsonWriter? scratchWriter;

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
            Sequence = checked((previous?.Sequence ?? 0) + 1),
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
        var buffer = scratch ??= new ArrayBufferWriter<byte>(1024);
        var writer = scratchWriter ??= new Utf8JsonWriter(buffer, WriterOptions);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        WriteCanonical(writer, entry, includeHash: false);
        writer.Flush();
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer.WrittenSpan, digest);
        return Convert.ToHexStringLower(digest);
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

    /// <summary>The longest stored entry read (bytes); metadata limits keep real entries far below it.</summary>
    public const int MaxStoredLength = 64 * 1024;

    /// <summary>
    /// Reads a stored entry. Does not check its hash (<see cref="LedgerVerifier"/> does) but does refuse anything the
    /// hash would not cover: unknown or repeated properties, and any stored form that is not byte for byte the canonical
    /// serialisation the hash is computed over (so the hash covers every stored byte).
    /// </summary>
    /// <exception cref="FormatException">The text is not a ledger entry in its canonical form.</exception>
    public static LedgerEntry Parse(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxStoredLength)
        {
            throw new FormatException($"the entry is {utf8.Length:N0} bytes, more than the {MaxStoredLength:N0} an entry can have");
        }

        try
        {
            var entry = Read(utf8);
            if (!utf8.SequenceEqual(Serialize(entry)))
            {
                throw new FormatException("the stored bytes are not the canonical form of the entry (spacing, order, escaping or number format was changed)");
            }

            return entry;
        }
        catch (JsonException ex)
        {
            throw new FormatException($"not valid JSON ({ex.Message})", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new FormatException($"a field has the wrong type ({ex.Message})", ex);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"a field has an impossible value ({ex.Message})", ex);
        }
    }

    public static LedgerEntry Parse(string text) => Parse(System.Text.Encoding.UTF8.GetBytes(text ?? throw new ArgumentNullException(nameof(text))));

    /// <summary>Whether the entry's stored hash matches its fields.</summary>
    public static bool HasValidHash(LedgerEntry entry) => string.Equals(ComputeHash(entry), entry?.EntryHash, StringComparison.Ordinal);

    private static LedgerEntry Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 2 });
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new FormatException("not a JSON object");
        }

        int? version = null;
        long? sequence = null, size = null;
        string? ts = null, service = null, obligation = null, period = null, deployment = null, addedBy = null, note = null,
            fileName = null, contentType = null, completed = null, sha = null, prev = null, hash = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            if (!seen.Add(name))
            {
                throw new FormatException($"property '{name}' appears twice");
            }

            reader.Read();
            var isNull = reader.TokenType == JsonTokenType.Null;
            switch (name)
            {
                case "v": version = isNull ? null : reader.GetInt32(); break;
                case "seq": sequence = isNull ? null : reader.GetInt64(); break;
                case "size": size = isNull ? null : reader.GetInt64(); break;
                case "ts": ts = reader.GetString(); break;
                case "service": service = reader.GetString(); break;
                case "obligation": obligation = reader.GetString(); break;
                case "period": period = reader.GetString(); break;
                case "deployment": deployment = reader.GetString(); break;
                case "addedBy": addedBy = reader.GetString(); break;
                case "note": note = reader.GetString(); break;
                case "fileName": fileName = reader.GetString(); break;
                case "contentType": contentType = reader.GetString(); break;
                case "completedOn": completed = reader.GetString(); break;
                case "sha256": sha = reader.GetString(); break;
                case "prev": prev = reader.GetString(); break;
                case "hash": hash = reader.GetString(); break;
                default: throw new FormatException($"property '{name}' is not part of a ledger entry");
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            throw new FormatException("the entry is not exactly one complete JSON object");
        }

        if (version is null)
        {
            throw Missing("v");
        }

        if (version != FormatVersion)
        {
            throw new FormatException($"format version {version} is not supported");
        }

        if (ts is null)
        {
            throw Missing("ts");
        }

        if (!DateTimeOffset.TryParseExact(ts, TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var timestamp))
        {
            throw new FormatException($"timestamp '{ts}' is not in the form {TimestampFormat}");
        }

        if (!ContentHash.TryParse(sha ?? throw Missing("sha256"), out var contentHash))
        {
            throw new FormatException($"content hash '{sha}' is not a SHA-256 hash");
        }

        return new LedgerEntry
        {
            Sequence = sequence ?? throw Missing("seq"),
            Timestamp = timestamp,
            Metadata = new EvidenceMetadata
            {
                Service = service ?? throw Missing("service"),
                ObligationId = obligation ?? throw Missing("obligation"),
                Period = period ?? throw Missing("period"),
                DeploymentId = deployment,
                AddedBy = addedBy ?? throw Missing("addedBy"),
                Note = note,
                FileName = fileName,
                ContentType = contentType,
                CompletedOn = completed is null ? null : IsoDate.Parse(completed),
            },
            ContentHash = contentHash,
            Size = size ?? throw Missing("size"),
            PreviousHash = prev ?? throw Missing("prev"),
            EntryHash = hash ?? throw Missing("hash"),
        };
    }

    private static FormatException Missing(string field) => new($"field '{field}' is missing");

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

    // The stored form keeps 100 ns ticks; anything finer would not survive a round trip.
    private static DateTimeOffset Truncate(DateTimeOffset value) => new(value.UtcTicks, TimeSpan.Zero);
}
