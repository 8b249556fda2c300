using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AiRegOps.Core.Ethics;
using AiRegOps.Core.Evidence;
using AiRegOps.Core.Filings;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.State;
using AiRegOps.Core.IO;

namespace AiRegOps.Core.Records;

/// <summary>
/// How a record (a filing, an ethics registration) becomes a ledger entry and back. Its canonical JSON is both the
/// entry's note and its stored content, so the hash chain covers it like any evidence and it reads back from the ledger
/// alone. A record of a service goes into that service's ledger; a registration for the whole unit into
/// <see cref="UnitLedger"/>, a name no profile can have (profile names are lower-case letters, digits and '-').
/// </summary>
public static class RecordEntries
{
    /// <summary>The ledger of records that concern every service of the unit.</summary>
    public const string UnitLedger = "_unit";

    public const string FilingObligation = "record:filing";
    public const string EthicsObligation = "record:ethics";

    /// <summary>The longest name (committee, activity) a record may carry.</summary>
    public const int MaxNameLength = EvidenceMetadataRules.MaxNameLength;

    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static bool IsRecord(LedgerEntry entry) =>
        string.Equals(entry?.Metadata.ContentType, ObligationFacts.RecordContentType, StringComparison.Ordinal);

    /// <summary>The ledger a registration goes into.</summary>
    public static string LedgerOf(EthicsRegistration registration) => registration.Service ?? UnitLedger;

    /// <summary>
    /// The entry metadata of a filing; <paramref name="revision"/> above 1 when the same filing is recorded again
    /// after a revocation (the ledger keeps one entry per content, obligation and period).
    /// </summary>
    public static EvidenceMetadata MetadataOf(RecordedFiling filing, string recordedBy, int revision = 1)
    {
        ArgumentNullException.ThrowIfNull(filing);
        ServiceNames.Validate(filing.Service, "Service");
        return Metadata(filing.Service, FilingObligation, PeriodOf(KebabName<FilingKind>.Of(filing.Kind), filing.FiledOn, revision), Serialize(filing), recordedBy, filing.FiledOn);
    }

    public static EvidenceMetadata MetadataOf(EthicsRegistration registration, string recordedBy, int revision = 1)
    {
        ArgumentNullException.ThrowIfNull(registration);
        if (registration.Service is { } service)
        {
            ServiceNames.Validate(service, "Service");
        }

        EvidenceMetadataRules.Name(registration.Name, "committee or activity name", MaxNameLength, required: true);
        var kind = registration.Kind == EthicsRegistrationKind.Committee ? "committee" : "activity";
        return Metadata(LedgerOf(registration), EthicsObligation, PeriodOf(kind, registration.Date, revision), Serialize(registration), recordedBy, registration.Date);
    }

    /// <summary>The record an entry holds, checked against its content hash and its entry.</summary>
    /// <exception cref="FormatException">The note is not the content its hash names, not canonical, or names another ledger.</exception>
    public static ComplianceRecord Read(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var note = entry.Metadata.Note ?? throw new FormatException("the record entry has no note");
        if (ContentHash.Of(Encoding.UTF8.GetBytes(note)) != entry.ContentHash)
        {
            throw new FormatException("the record entry's note is not the content its hash names");
        }

        var record = Parse(note, entry);
        var canonical = record.Filing is { } f ? Serialize(f) : Serialize(record.Ethics!);
        if (!string.Equals(canonical, note, StringComparison.Ordinal))
        {
            throw new FormatException("the record is not in its canonical form (a field was added, repeated, reordered or reformatted)");
        }

        var expectedLedger = record.Filing?.Service ?? LedgerOf(record.Ethics!);
        if (!string.Equals(expectedLedger, entry.Service, StringComparison.Ordinal))
        {
            throw new FormatException($"the record names '{expectedLedger}' but is in the ledger of '{entry.Service}'");
        }

        return record;
    }

    public static string Serialize(RecordedFiling filing) => Write(w =>
    {
        w.WriteString("record", "filing");
        w.WriteString("service", filing.Service);
        w.WriteString("kind", KebabName<FilingKind>.Of(filing.Kind));
        Optional(w, "number", filing.Number);
        w.WriteString("filedOn", Iso(filing.FiledOn));
    });

    public static string Serialize(EthicsRegistration registration) => Write(w =>
    {
        w.WriteString("record", "ethics");
        w.WriteString("kind", KebabName<EthicsRegistrationKind>.Of(registration.Kind));
        w.WriteString("name", registration.Name);
        w.WriteString("date", Iso(registration.Date));
        Optional(w, "service", registration.Service);
        w.WriteBoolean("onExpertReviewList", registration.OnExpertReviewList);
        Optional(w, "registeredOn", registration.RegisteredOn is { } on ? Iso(on) : null);
    });

    private static ComplianceRecord Parse(string note, LedgerEntry entry)
    {
        try
        {
            using var document = JsonDocument.Parse(note, new JsonDocumentOptions { MaxDepth = 2 });
            var root = document.RootElement;
            var type = root.GetProperty("record").GetString();
            var common = new ComplianceRecord
            {
                Ledger = entry.Service,
                Kind = ComplianceRecordKind.Filing,
                Hash = entry.ContentHash.ToString(),
                Period = entry.Metadata.Period,
                Sequence = entry.Sequence,
                RecordedAt = entry.Timestamp,
                RecordedBy = entry.Metadata.AddedBy,
            };
            return type switch
            {
                "filing" when entry.Metadata.ObligationId == FilingObligation => common with
                {
                    Filing = new RecordedFiling
                    {
                        Service = Text(root, "service")!,
                        Kind = Enum<FilingKind>(root, "kind"),
                        Number = Text(root, "number"),
                        FiledOn = Date(root, "filedOn"),
                    },
                },
                "ethics" when entry.Metadata.ObligationId == EthicsObligation => common with
                {
                    Kind = ComplianceRecordKind.EthicsRegistration,
                    Ethics = new EthicsRegistration
                    {
                        Kind = Enum<EthicsRegistrationKind>(root, "kind"),
                        Name = Text(root, "name")!,
                        Date = Date(root, "date"),
                        Service = Text(root, "service"),
                        OnExpertReviewList = root.GetProperty("onExpertReviewList").GetBoolean(),
                        RegisteredOn = Text(root, "registeredOn") is { } on ? ParseDate(on) : null,
                    },
                },
                _ => throw new FormatException($"'{type}' under obligation '{entry.Metadata.ObligationId}' is not a record this version knows"),
            };
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"the record cannot be read ({ex.Message})", ex);
        }
    }

    private static EvidenceMetadata Metadata(string ledger, string obligation, string period, string note, string recordedBy, DateOnly date) => new()
    {
        Service = ledger,
        ObligationId = obligation,
        Period = period,
        AddedBy = string.IsNullOrWhiteSpace(recordedBy) ? "unknown" : recordedBy,
        Note = note,
        FileName = "record.json",
        ContentType = ObligationFacts.RecordContentType,
        CompletedOn = date,
    };

    private static string PeriodOf(string kind, DateOnly date, int revision) =>
        revision <= 1 ? $"{kind}@{Iso(date)}" : $"{kind}@{Iso(date)}#{revision.ToString(CultureInfo.InvariantCulture)}";

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Writer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Optional(Utf8JsonWriter writer, string name, string? value)
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

    private static string? Text(JsonElement root, string name)
    {
        var value = root.GetProperty(name);
        return value.ValueKind == JsonValueKind.Null ? null : value.GetString();
    }

    private static TEnum Enum<TEnum>(JsonElement root, string name)
        where TEnum : struct, Enum =>
        KebabName<TEnum>.TryParse(Text(root, name) ?? string.Empty, out var value) ? value : throw new FormatException($"'{name}' is not a known {typeof(TEnum).Name}");

    private static DateOnly Date(JsonElement root, string name) => ParseDate(Text(root, name) ?? throw new FormatException($"'{name}' is missing"));

    private static DateOnly ParseDate(string text) =>
        IsoDate.TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a yyyy-MM-dd date");

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
