using AiRegOps.Core.Ethics;
using AiRegOps.Core.Filings;

namespace AiRegOps.Core.Records;

/// <summary>
/// One record as the record store holds it: what it records, where in which ledger (the entry and its content hash),
/// who recorded it and when, and whether it was revoked since (by whom, when, why). A revoked record stays in the ledger
/// and no longer counts.
/// </summary>
public sealed record ComplianceRecord
{
    /// <summary>The ledger it is in: the service's, or <see cref="RecordEntries.UnitLedger"/> for the whole unit.</summary>
    public required string Ledger { get; init; }

    /// <summary>The service it belongs to; null for the whole unit.</summary>
    public string? Service => Ledger == RecordEntries.UnitLedger ? null : Ledger;

    public required ComplianceRecordKind Kind { get; init; }

    /// <summary>The filing, for a filing record.</summary>
    public RecordedFiling? Filing { get; init; }

    /// <summary>The registration, for an ethics record.</summary>
    public EthicsRegistration? Ethics { get; init; }

    /// <summary>The date it records (filed on, established on, approved on).</summary>
    public DateOnly Date => Filing?.FiledOn ?? Ethics!.Date;

    /// <summary>One line for people: what and which.</summary>
    public string Summary => Filing is { } f
        ? $"{KebabName<Profiles.FilingKind>.Of(f.Kind)} filing {f.Number ?? "(no number)"}"
        : $"{(Ethics!.Kind == EthicsRegistrationKind.Committee ? "ethics committee" : "approved activity")} '{Ethics.Name}'";

    /// <summary>The content hash (sha256:...) of the record; Revoke-ComplianceRecord takes it.</summary>
    public required string Hash { get; init; }

    /// <summary>The ledger's period key of the entry (kind@date, #n when recorded again after a revocation).</summary>
    public required string Period { get; init; }

    public required long Sequence { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }
    public required string RecordedBy { get; init; }

    public bool Revoked => RevokedAt is not null;
    public DateTimeOffset? RevokedAt { get; init; }
    public string? RevokedBy { get; init; }
    public string? RevocationReason { get; init; }
}
