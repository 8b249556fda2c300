using System.Collections.Concurrent;
using System.Diagnostics;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.State;

namespace AiRegOps.Core.Evidence;

/// <summary>
/// The evidence facade: add, query, save and verify evidence, and read the obligation state it produces. Cmdlets and
/// functions are one call each on this class. An add writes the blob first, then the ledger entry, then the state;
/// every step is idempotent, so a retry after any failure completes the add without duplicating anything.
/// </summary>
public sealed class EvidenceService : Workspace.ICompletionSource
{
    /// <summary>How often a ledger's rows are read again while concurrent appends keep moving its head past them.</summary>
    private const int ReadAttemptsUnderAppends = 16;

    private readonly TimeProvider time;

    public EvidenceService(EvidenceBackend backend, TimeProvider? time = null, EvidenceServiceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(backend);
        Store = backend.Store;
        Ledger = backend.Ledger;
        State = backend.State;
        this.time = time ?? TimeProvider.System;
        Options = options ?? EvidenceServiceOptions.Default;
    }

    public IEvidenceStore Store { get; }
    public IEvidenceLedger Ledger { get; }
    public IObligationStateStore State { get; }
    public EvidenceServiceOptions Options { get; }

    /// <summary>Where the evidence is, without secrets.</summary>
    public string Location => $"evidence in {Store.Location}; ledger in {Ledger.Location}";

    /// <summary>Opens the evidence location <paramref name="options"/> describes (a local folder or Azure Storage).</summary>
    public static EvidenceService Create(EvidenceStoreOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        time ??= TimeProvider.System;
        return new EvidenceService(options.CreateBackend(time), time, options.Service);
    }

    /// <summary>Evidence in a local folder.</summary>
    public static EvidenceService ForLocalFolder(string root, TimeProvider? time = null) => Create(new LocalEvidenceStoreOptions(root), time);

    /// <summary>Adds the file at <paramref name="path"/> (its name becomes the evidence's file name unless given).</summary>
    public async Task<EvidenceRecord> AddFileAsync(string path, EvidenceMetadata metadata, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(metadata);
        // A synchronous handle: a file is read from the page cache in pieces as small as the HTTP stack asks for, and an
        // asynchronous handle would send each of them through the thread pool.
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        await using (file.ConfigureAwait(false))
        {
            return await AddAsync(file, metadata with { FileName = metadata.FileName ?? Path.GetFileName(path) }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Adds evidence from a stream: stores the content under its SHA-256 (computed as it streams), appends a ledger
    /// entry unless the same content is already recorded for the same obligation and period, and records the state.
    /// </summary>
    public async Task<EvidenceRecord> AddAsync(Stream content, EvidenceMetadata metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        Validate(metadata);

        // The ledger's head is read while the content uploads (a read, nothing recorded), so the entry after it is one
        // round trip; the entry itself is written only once the stored bytes are known to match the hash.
        var prepared = PrepareAppendAsync(metadata.Service, cancellationToken);
        StoredContent stored;
        try
        {
            stored = await Store.PutAsync(content, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await prepared.ConfigureAwait(false);
        }

        if (!Options.Immutability.IsNone)
        {
            var immutability = await Store.ApplyImmutabilityAsync(stored.Hash, Options.Immutability, cancellationToken).ConfigureAwait(false);
            if (!immutability.Applied && Options.RequireImmutability)
            {
                throw new EvidenceException($"Blob '{stored.BlobName}' was stored but could not be made immutable ({immutability.Detail}); no ledger entry was written.");
            }
        }

        // No separate state write: what counts is derived from the ledger (see GetCompletionsAsync).
        var appended = await Ledger.AppendAsync(metadata, stored.Hash, stored.Size, cancellationToken).ConfigureAwait(false);
        return new EvidenceRecord
        {
            Entry = appended.Entry,
            Outcome = appended.Appended ? EvidenceAddOutcome.Added : EvidenceAddOutcome.AlreadyRecorded,
            ContentReused = !stored.Created,
        };
    }

    /// <summary>
    /// Records a blob that is already in the store (an orphan left by an interrupted add, reported by verification):
    /// checks its content against its hash, then appends the entry.
    /// </summary>
    public async Task<EvidenceRecord> AdoptAsync(ContentHash hash, EvidenceMetadata metadata, CancellationToken cancellationToken = default)
    {
        Validate(metadata);
        var (actual, size) = await HashStoredAsync(hash, cancellationToken).ConfigureAwait(false);
        if (actual != hash)
        {
            throw new EvidenceIntegrityException(hash.BlobName, hash, actual, size);
        }

        var appended = await Ledger.AppendAsync(metadata, hash, size, cancellationToken).ConfigureAwait(false);
        return new EvidenceRecord
        {
            Entry = appended.Entry,
            Outcome = appended.Appended ? EvidenceAddOutcome.Added : EvidenceAddOutcome.AlreadyRecorded,
            ContentReused = true,
        };
    }

    /// <summary>The recorded evidence that matches <paramref name="query"/>, by service then sequence.</summary>
    public async Task<IReadOnlyList<EvidenceRecord>> QueryAsync(EvidenceQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= EvidenceQuery.All;
        var results = new List<EvidenceRecord>();
        foreach (var service in await ServicesAsync(query.Service, cancellationToken).ConfigureAwait(false))
        {
            await foreach (var row in Ledger.ReadRowsAsync(service, cancellationToken).ConfigureAwait(false))
            {
                if (row.Entry is { } entry && query.Matches(entry))
                {
                    results.Add(new EvidenceRecord { Entry = entry });
                }
            }
        }

        return results;
    }

    /// <summary>Opens stored content; reading it to the end throws <see cref="EvidenceIntegrityException"/> if it was changed.</summary>
    public async Task<Stream> OpenReadAsync(ContentHash hash, CancellationToken cancellationToken = default)
    {
        var inner = await Store.OpenReadAsync(hash, cancellationToken).ConfigureAwait(false);
        return new VerifyingReadStream(inner, hash, hash.BlobName);
    }

    /// <summary>
    /// Downloads stored content to <paramref name="destinationPath"/>, verifying its hash. The file appears only once
    /// verified: a changed blob raises <see cref="EvidenceIntegrityException"/> naming it, and leaves nothing behind.
    /// </summary>
    public async Task<FileInfo> SaveAsync(ContentHash hash, string destinationPath, bool overwrite = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destinationPath);
        var destination = Path.GetFullPath(destinationPath);
        if (!overwrite && File.Exists(destination))
        {
            throw new IOException($"'{destination}' already exists.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        var temp = $"{destination}.{Guid.NewGuid():N}.partial";
        try
        {
            var source = await OpenReadAsync(hash, cancellationToken).ConfigureAwait(false);
            await using (source.ConfigureAwait(false))
            {
                var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.Asynchronous);
                await using (file.ConfigureAwait(false))
                {
                    await source.CopyToAsync(file, ContentHasher.BufferSize, cancellationToken).ConfigureAwait(false);
                }
            }

            File.Move(temp, destination, overwrite);
            return new FileInfo(destination);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Saves a record's content, to a folder (under its file name or hash) or a file path.</summary>
    public Task<FileInfo> SaveAsync(EvidenceRecord record, string destination, bool overwrite = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrWhiteSpace(destination);
        var path = Directory.Exists(destination)
            ? Path.Combine(destination, Path.GetFileName(record.Metadata.FileName ?? record.Hash.Hex))
            : destination;
        return SaveAsync(record.Hash, path, overwrite, cancellationToken);
    }

    /// <summary>
    /// Verifies ledgers (any changed, removed or reordered entry) and blobs (missing or changed), and reports orphan
    /// blobs; every problem names the service, entry and blob.
    /// </summary>
    public async Task<VerificationReport> VerifyAsync(EvidenceVerifyOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= EvidenceVerifyOptions.Default;
        var started = time.GetTimestamp();
        var problems = new List<VerificationProblem>();
        var blobProblems = new ConcurrentBag<VerificationProblem>();
        var services = await ServicesAsync(options.Service, cancellationToken).ConfigureAwait(false);
        var referenced = new Dictionary<ContentHash, LedgerEntry>();
        long entries = 0;
        foreach (var service in services)
        {
            var verified = await VerifyLedgerAsync(service, problems, cancellationToken).ConfigureAwait(false);
            foreach (var entry in verified)
            {
                entries++;
                referenced.TryAdd(entry.ContentHash, entry);
            }

            await CheckLegacyStateAsync(service, verified, problems, cancellationToken).ConfigureAwait(false);
        }

        var findOrphans = options.FindOrphans && options.Service is null;
        Dictionary<ContentHash, StoredBlob>? listed = null;
        if (findOrphans || options.Blobs == BlobCheck.Existence)
        {
            listed = [];
            await foreach (var blob in Store.ListAsync(cancellationToken).ConfigureAwait(false))
            {
                if (blob.Hash is { } hash)
                {
                    listed[hash] = blob;
                    if (findOrphans && !referenced.ContainsKey(hash))
                    {
                        problems.Add(new VerificationProblem
                        {
                            Kind = VerificationProblemKind.OrphanBlob,
                            Severity = VerificationSeverity.Warning,
                            BlobName = blob.Name,
                            Message = $"Blob '{blob.Name}' ({blob.Size} bytes) has no ledger entry: an add stopped between the blob and its entry. Adding the same file again adopts it.",
                        });
                    }
                }
                else if (findOrphans)
                {
                    problems.Add(new VerificationProblem
                    {
                        Kind = VerificationProblemKind.StaleStaging,
                        Severity = VerificationSeverity.Warning,
                        BlobName = blob.Name,
                        Message = $"Staging blob '{blob.Name}' ({blob.Size} bytes) was left by an interrupted upload; it can be deleted.",
                    });
                }
            }
        }

        if (options.Blobs != BlobCheck.None)
        {
            await Parallel.ForEachAsync(
                referenced.Values,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken },
                async (entry, ct) =>
                {
                    var problem = await CheckBlobAsync(entry, options.Blobs, listed, ct).ConfigureAwait(false);
                    if (problem is not null)
                    {
                        blobProblems.Add(problem);
                    }
                }).ConfigureAwait(false);
        }

        return new VerificationReport
        {
            Problems = [.. problems.Concat(blobProblems).OrderBy(p => p.Service, StringComparer.Ordinal).ThenBy(p => p.Sequence ?? 0).ThenBy(p => p.Kind).ThenBy(p => p.BlobName, StringComparer.Ordinal)],
            Services = services,
            EntriesChecked = entries,
            BlobsChecked = options.Blobs == BlobCheck.None ? 0 : referenced.Count,
            Elapsed = time.GetElapsedTime(started),
        };
    }

    /// <summary>
    /// Withdraws evidence or a recorded fact without deleting anything: appends a revocation (the reason, who, and the
    /// entry's time) for every entry of <paramref name="service"/> with content <paramref name="hash"/> (only for
    /// <paramref name="obligationId"/> and <paramref name="period"/> when given). The revoked entries stay in the
    /// ledger and the chain still verifies; completions stop counting them. Returns the revocation entries appended
    /// (none when each was already revoked for the same reason).
    /// </summary>
    /// <exception cref="EvidenceNotFoundException">No entry of the service has that content (for that obligation and period).</exception>
    public async Task<IReadOnlyList<LedgerEntry>> RevokeAsync(
        string service, ContentHash hash, string reason, string revokedBy, string? obligationId = null, string? period = null, CancellationToken cancellationToken = default)
    {
        ServiceNames.Validate(service);
        EvidenceMetadataRules.Name(reason, "reason", Revocations.MaxReasonLength, required: true);
        var entries = await ReadVerifiedAsync(service, cancellationToken).ConfigureAwait(false);

        var targets = entries
            .Where(e => !Revocations.IsRevocation(e) && e.ContentHash == hash
                && (obligationId is null || e.Metadata.ObligationId == obligationId)
                && (period is null || e.Metadata.Period == period))
            .GroupBy(e => (e.Metadata.ObligationId, e.Metadata.Period))
            .Select(g => g.First())
            .ToList();
        if (targets.Count == 0)
        {
            throw new EvidenceNotFoundException($"No evidence of '{service}' with content {hash}{(obligationId is null ? string.Empty : $" for {obligationId}")}{(period is null ? string.Empty : $" period {period}")} is in the ledger ({Ledger.Location}).");
        }

        var appended = new List<LedgerEntry>();
        foreach (var target in targets)
        {
            var result = await AppendNoteAsync(Revocations.MetadataOf(target, Revocations.NoteOf(hash, reason), revokedBy), cancellationToken).ConfigureAwait(false);
            if (result.Appended)
            {
                appended.Add(result.Entry);
            }
        }

        return appended;
    }

    /// <summary>
    /// Records a filing, ethics registration, assessment or other fact that meets an obligation for a period. The fact
    /// is appended to the service's ledger (its JSON stored as content), so it counts only as long as the chain verifies.
    /// Returns false when the same fact is already in the ledger.
    /// </summary>
    public async Task<bool> RecordCompletionAsync(ObligationStateRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        ServiceNames.Validate(record.Service, nameof(record));
        if (record.Reference is { } reference)
        {
            EvidenceMetadataRules.Name(reference, "reference", ObligationFacts.MaxReferenceLength, required: false);
        }

        var appended = await AppendNoteAsync(ObligationFacts.MetadataOf(record), cancellationToken).ConfigureAwait(false);
        return appended.Appended;
    }

    /// <summary>
    /// Appends an entry whose note is also its content (a recorded fact, a record of the record store): the note is
    /// stored as the blob, so the chain covers it like any evidence and it reads back from the ledger alone. Idempotent:
    /// the same note for the same obligation and period returns the entry already there.
    /// </summary>
    public async Task<LedgerAppendResult> AppendNoteAsync(EvidenceMetadata metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        Validate(metadata);
        var content = System.Text.Encoding.UTF8.GetBytes(metadata.Note ?? throw new ArgumentException("The entry needs a note: it is its content.", nameof(metadata)));
        var stored = await Store.PutAsync(new MemoryStream(content, writable: false), cancellationToken).ConfigureAwait(false);
        return await Ledger.AppendAsync(metadata, stored.Hash, stored.Size, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The entries of <paramref name="service"/>'s ledger after its chain and head verify, in sequence order; a ledger
    /// that does not verify counts for nothing: this throws <see cref="LedgerIntegrityException"/> naming its first problem.
    /// </summary>
    public async Task<IReadOnlyList<LedgerEntry>> ReadVerifiedAsync(string service, CancellationToken cancellationToken = default)
    {
        ServiceNames.Validate(service);
        var problems = new List<VerificationProblem>();
        var entries = await VerifyLedgerAsync(service, problems, cancellationToken).ConfigureAwait(false);
        if (problems.FirstOrDefault(p => p.Severity == VerificationSeverity.Error) is { } first)
        {
            throw new LedgerIntegrityException(service, problems.Count(p => p.Severity == VerificationSeverity.Error), first);
        }

        return entries;
    }

    /// <summary>Every service that has a ledger, in ordinal order.</summary>
    public Task<IReadOnlyList<string>> ListServicesAsync(CancellationToken cancellationToken = default) => ServicesAsync(null, cancellationToken);

    /// <summary>
    /// What the scheduler takes as <c>recorded</c> for <paramref name="service"/>: derived from the service's ledger
    /// (evidence and recorded facts) after its chain and head verify. A ledger that does not verify counts for nothing:
    /// this throws <see cref="LedgerIntegrityException"/> naming its first problem.
    /// </summary>
    public async Task<IReadOnlyList<CompletionRecord>> GetCompletionsAsync(string service, CancellationToken cancellationToken = default)
    {
        var entries = await ReadVerifiedAsync(service, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<ObligationStateRecord> derived;
        try
        {
            derived = ObligationFacts.Derive(entries);
        }
        catch (FormatException ex)
        {
            throw new LedgerIntegrityException(service, 1, new VerificationProblem { Kind = VerificationProblemKind.FactInvalid, Service = service, Message = ex.Message });
        }

        return [.. derived.OrderBy(r => r.CompletedOn).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => r.ToCompletionRecord())];
    }

    private async Task<List<LedgerEntry>> VerifyLedgerAsync(string service, List<VerificationProblem> problems, CancellationToken cancellationToken)
    {
        // The rows are read before the head: a writer that appends in between (its entry and the head in one atomic
        // step) leaves the head one read ahead of the rows, which alone is not a removed tail. The rows are read again
        // then, up to ReadAttemptsUnderAppends times (eight writers at once moved the head past three re-reads in the
        // contract tests); a tail that is really missing stays missing and is reported.
        for (var attempt = 1; ; attempt++)
        {
            var rows = new List<LedgerRow>();
            await foreach (var row in Ledger.ReadRowsAsync(service, cancellationToken).ConfigureAwait(false))
            {
                rows.Add(row);
            }

            var head = await Ledger.GetHeadAsync(service, cancellationToken).ConfigureAwait(false);
            var last = rows.Count == 0 ? 0 : rows.Max(r => r.Entry?.Sequence ?? 0);
            if (attempt < ReadAttemptsUnderAppends && head is { } moved && moved.Sequence > last && moved.Sequence != long.MaxValue)
            {
                continue;
            }

            return LedgerVerifier.Verify(service, rows, head, Ledger.HeadMayLag, problems);
        }
    }

    // State recorded separately by earlier versions no longer counts; anything in it the ledger does not back is reported,
    // so a line appended behind the ledger's back is visible rather than silently ignored.
    private async Task CheckLegacyStateAsync(string service, IReadOnlyList<LedgerEntry> entries, List<VerificationProblem> problems, CancellationToken cancellationToken)
    {
        IReadOnlyList<ObligationStateRecord> legacy;
        try
        {
            legacy = await State.GetAsync(service, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is EvidenceException or System.Text.Json.JsonException or FormatException or ArgumentException)
        {
            problems.Add(new VerificationProblem
            {
                Kind = VerificationProblemKind.StateNotInLedger,
                Severity = VerificationSeverity.Warning,
                Service = service,
                Message = $"Obligation state of '{service}' in {State.Location} cannot be read ({TextSafety.ForMessage(ex.Message)}); it does not count: only the ledger does.",
            });
            return;
        }

        var backed = new HashSet<ObligationStateRecord>();
        foreach (var entry in entries)
        {
            try
            {
                backed.Add(ObligationFacts.StateOf(entry));
            }
            catch (FormatException ex)
            {
                problems.Add(new VerificationProblem
                {
                    Kind = VerificationProblemKind.FactInvalid,
                    Service = service,
                    Sequence = entry.Sequence,
                    Message = $"Ledger '{service}': entry {entry.Sequence} records a fact that cannot be trusted: {ex.Message}.",
                });
            }
        }

        foreach (var record in legacy.Where(r => !backed.Contains(r)))
        {
            problems.Add(new VerificationProblem
            {
                Kind = VerificationProblemKind.StateNotInLedger,
                Severity = VerificationSeverity.Warning,
                Service = service,
                Message = $"Obligation state of '{service}' records {record.Kind} for '{TextSafety.ForMessage(record.ObligationId)}' period '{TextSafety.ForMessage(record.Period)}' that no ledger entry backs; it does not count.",
            });
        }
    }

    private async Task<VerificationProblem?> CheckBlobAsync(LedgerEntry entry, BlobCheck check, Dictionary<ContentHash, StoredBlob>? listed, CancellationToken cancellationToken)
    {
        var name = entry.ContentHash.BlobName;
        long? size = listed is not null ? (listed.TryGetValue(entry.ContentHash, out var blob) ? blob.Size : null)
            : await Store.GetSizeAsync(entry.ContentHash, cancellationToken).ConfigureAwait(false);
        if (size is null)
        {
            return BlobProblem(VerificationProblemKind.BlobMissing, entry, $"Blob '{name}' of entry {entry.Sequence} ({entry.Service}, {entry.Metadata.ObligationId}, {entry.Metadata.Period}) is missing from the {Store.Location}.");
        }

        if (size != entry.Size)
        {
            return BlobProblem(VerificationProblemKind.BlobChanged, entry, $"Blob '{name}' of entry {entry.Sequence} ({entry.Service}) has {size} bytes, but {entry.Size} were recorded: it was changed.");
        }

        if (check != BlobCheck.Content)
        {
            return null;
        }

        try
        {
            var (actual, _) = await HashStoredAsync(entry.ContentHash, cancellationToken).ConfigureAwait(false);
            return actual == entry.ContentHash
                ? null
                : BlobProblem(VerificationProblemKind.BlobChanged, entry, $"Blob '{name}' of entry {entry.Sequence} ({entry.Service}) no longer matches its hash: read {actual.Hex}. It was changed after it was stored.");
        }
        catch (EvidenceNotFoundException)
        {
            return BlobProblem(VerificationProblemKind.BlobMissing, entry, $"Blob '{name}' of entry {entry.Sequence} ({entry.Service}) is missing from the {Store.Location}.");
        }
    }

    private static VerificationProblem BlobProblem(VerificationProblemKind kind, LedgerEntry entry, string message) => new()
    {
        Kind = kind,
        Service = entry.Service,
        Sequence = entry.Sequence,
        BlobName = entry.ContentHash.BlobName,
        Message = message,
    };

    private async Task<(ContentHash Hash, long Size)> HashStoredAsync(ContentHash hash, CancellationToken cancellationToken)
    {
        var stream = await Store.OpenReadAsync(hash, cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await ContentHasher.HashAsync(stream, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyList<string>> ServicesAsync(string? service, CancellationToken cancellationToken)
    {
        if (service is not null)
        {
            return [ServiceNames.Validate(service)];
        }

        var services = new List<string>();
        await foreach (var name in Ledger.ListServicesAsync(cancellationToken).ConfigureAwait(false))
        {
            services.Add(name);
        }

        services.Sort(StringComparer.Ordinal);
        return services;
    }

    private async Task PrepareAppendAsync(string service, CancellationToken cancellationToken)
    {
        try
        {
            await Ledger.PrepareAppendAsync(service, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is EvidenceException or OperationCanceledException)
        {
            // Only a read ahead: the append reads the head itself, and reports a storage failure if it persists.
        }
    }

    private static void Validate(EvidenceMetadata metadata) => EvidenceMetadataRules.Validate(metadata);
}
