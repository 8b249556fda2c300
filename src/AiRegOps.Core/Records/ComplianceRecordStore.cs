using AiRegOps.Core.Ethics;
using AiRegOps.Core.Evidence;
using AiRegOps.Core.Filings;
using AiRegOps.Core.State;

namespace AiRegOps.Core.Records;

/// <summary>
/// The record store: filings and ethics registrations, appended to the hash-chained ledger of the evidence location
/// the session chose (a local folder, or Azure Blob and Table Storage), so the same choice serves evidence and records,
/// records are append-only and tamper-evident like evidence, and the Functions sweep reads what a pipeline recorded.
/// A record is revoked by appending a revocation; it then stops counting and stays in the ledger. Every read verifies the
/// ledger first: a ledger that does not verify counts for nothing (<see cref="LedgerIntegrityException"/>).
/// </summary>
public sealed class ComplianceRecordStore : IFilingRegistry, IEthicsRegistry
{
    private readonly EvidenceService evidence;
    private readonly string recordedBy;

    /// <param name="evidence">The evidence location the records share.</param>
    /// <param name="recordedBy">Who records (kept in each entry).</param>
    public ComplianceRecordStore(EvidenceService evidence, string recordedBy)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        this.evidence = evidence;
        this.recordedBy = recordedBy;
    }

    /// <summary>Where the records are, without secrets.</summary>
    public string Location => evidence.Ledger.Location;

    /// <summary>
    /// The records of one ledger (a service's, or <see cref="RecordEntries.UnitLedger"/>), or of every ledger when
    /// <paramref name="ledger"/> is null, in ledger then sequence order; revoked ones only when asked.
    /// </summary>
    public async Task<IReadOnlyList<ComplianceRecord>> ListAsync(string? ledger, bool includeRevoked, CancellationToken cancellationToken)
    {
        var ledgers = ledger is null ? await evidence.ListServicesAsync(cancellationToken).ConfigureAwait(false) : [ledger];
        var records = new List<ComplianceRecord>();
        foreach (var name in ledgers.Where(ServiceNames.IsValid))
        {
            records.AddRange((await ReadLedgerAsync(name, cancellationToken).ConfigureAwait(false)).Where(r => includeRevoked || !r.Revoked));
        }

        return records;
    }

    async Task<IReadOnlyList<RecordedFiling>> IFilingRegistry.ListAsync(CancellationToken cancellationToken) =>
        Filings(await ListAsync(null, includeRevoked: false, cancellationToken).ConfigureAwait(false));

    async Task<IReadOnlyList<RecordedFiling>> IFilingRegistry.ListForAsync(string service, CancellationToken cancellationToken) =>
        ServiceNames.IsValid(service) ? Filings(await ListAsync(service, includeRevoked: false, cancellationToken).ConfigureAwait(false)) : [];

    async Task<IReadOnlyList<EthicsRegistration>> IEthicsRegistry.ListAsync(CancellationToken cancellationToken) =>
        Registrations(await ListAsync(null, includeRevoked: false, cancellationToken).ConfigureAwait(false));

    async Task<IReadOnlyList<EthicsRegistration>> IEthicsRegistry.ListForAsync(string service, CancellationToken cancellationToken)
    {
        var unit = await ListAsync(RecordEntries.UnitLedger, includeRevoked: false, cancellationToken).ConfigureAwait(false);
        var own = ServiceNames.IsValid(service) ? await ListAsync(service, includeRevoked: false, cancellationToken).ConfigureAwait(false) : [];
        return Registrations([.. unit, .. own]);
    }

    /// <summary>Records a filing; false (nothing written) when the same filing counts already.</summary>
    public async Task<bool> AddAsync(RecordedFiling filing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filing);
        ServiceNames.Validate(filing.Service, "Service");
        var existing = await ListAsync(filing.Service, includeRevoked: true, cancellationToken).ConfigureAwait(false);
        var same = existing.Where(r => r.Filing == filing).ToList();
        if (same.Any(r => !r.Revoked))
        {
            return false;
        }

        return (await evidence.AppendNoteAsync(RecordEntries.MetadataOf(filing, recordedBy, same.Count + 1), cancellationToken).ConfigureAwait(false)).Appended;
    }

    /// <summary>Records an ethics registration; false (nothing written) when the same one (kind, name, date, service) counts already.</summary>
    public async Task<bool> AddAsync(EthicsRegistration registration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var metadata = RecordEntries.MetadataOf(registration, recordedBy);
        var existing = await ListAsync(metadata.Service, includeRevoked: true, cancellationToken).ConfigureAwait(false);
        if (existing.Any(r => !r.Revoked && r.Ethics is { } e && e.IsSameAs(registration)))
        {
            return false;
        }

        var revision = existing.Count(r => r.Ethics is { } e && RecordEntries.Serialize(e) == RecordEntries.Serialize(registration)) + 1;
        return (await evidence.AppendNoteAsync(RecordEntries.MetadataOf(registration, recordedBy, revision), cancellationToken).ConfigureAwait(false)).Appended;
    }

    /// <summary>
    /// Revokes the record with content <paramref name="hash"/> in <paramref name="ledger"/>: appends a revocation
    /// (reason, who; the entry's time is when) and deletes nothing. Returns the revoked record as it now reads, or
    /// null when it was already revoked for the same reason.
    /// </summary>
    /// <exception cref="EvidenceNotFoundException">No record of that ledger has that hash (or none that still counts).</exception>
    public async Task<ComplianceRecord?> RevokeAsync(string ledger, ContentHash hash, string reason, string revokedBy, CancellationToken cancellationToken)
    {
        ServiceNames.Validate(ledger, "Service");
        var records = await ListAsync(ledger, includeRevoked: true, cancellationToken).ConfigureAwait(false);
        var matches = records.Where(r => r.Hash == hash.ToString()).ToList();
        var target = matches.FirstOrDefault(r => !r.Revoked) ?? matches.LastOrDefault()
            ?? throw new EvidenceNotFoundException($"No record of '{ledger}' has content {hash} in {Location}.");
        var obligation = target.Kind == ComplianceRecordKind.Filing ? RecordEntries.FilingObligation : RecordEntries.EthicsObligation;
        var appended = await evidence.RevokeAsync(ledger, hash, reason, revokedBy, obligation, target.Period, cancellationToken).ConfigureAwait(false);
        if (appended.Count == 0)
        {
            return null;
        }

        return (await ListAsync(ledger, includeRevoked: true, cancellationToken).ConfigureAwait(false)).First(r => r.Sequence == target.Sequence);
    }

    private async Task<List<ComplianceRecord>> ReadLedgerAsync(string ledger, CancellationToken cancellationToken)
    {
        var records = new List<ComplianceRecord>();
        foreach (var entry in await evidence.ReadVerifiedAsync(ledger, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                if (RecordEntries.IsRecord(entry))
                {
                    records.Add(RecordEntries.Read(entry));
                }
                else if (Revocations.IsRevocation(entry) && entry.Metadata.ObligationId is RecordEntries.FilingObligation or RecordEntries.EthicsObligation)
                {
                    var revoked = Revocations.RevokedBy(entry).ToString();
                    var index = records.FindIndex(r => !r.Revoked && r.Hash == revoked && r.Period == entry.Metadata.Period);
                    if (index >= 0)
                    {
                        records[index] = records[index] with { RevokedAt = entry.Timestamp, RevokedBy = entry.Metadata.AddedBy, RevocationReason = Revocations.ReasonOf(entry) };
                    }
                }
            }
            catch (FormatException ex)
            {
                throw new LedgerIntegrityException(ledger, 1, new VerificationProblem
                {
                    Kind = VerificationProblemKind.FactInvalid,
                    Service = ledger,
                    Sequence = entry.Sequence,
                    Message = $"Ledger '{ledger}': entry {entry.Sequence} records a record that cannot be trusted: {ex.Message}.",
                });
            }
        }

        return records;
    }

    private static RecordedFiling[] Filings(IEnumerable<ComplianceRecord> records) => [.. records.Select(r => r.Filing).OfType<RecordedFiling>()];

    private static EthicsRegistration[] Registrations(IEnumerable<ComplianceRecord> records) => [.. records.Select(r => r.Ethics).OfType<EthicsRegistration>()];
}
