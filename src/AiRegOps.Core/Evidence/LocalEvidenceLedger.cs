using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace AiRegOps.Core.Evidence;

/// <summary>
/// Ledgers in a local folder: <c>ledger/&lt;service&gt;.jsonl</c>, one entry per line, appended under an exclusive lock
/// file so writers in other processes wait their turn; <c>&lt;service&gt;.head</c> keeps the last entry so a removed
/// tail is detected. A line torn by a crash mid-append was never acknowledged; the next append truncates it.
/// </summary>
public sealed class LocalEvidenceLedger : IEvidenceLedger
{
    private const string Extension = ".jsonl";
    private const int MaxHeadLength = 1024;
    private readonly string folder;
    private readonly TimeProvider time;
    private readonly TimeSpan lockTimeout;
    private readonly ConcurrentDictionary<string, ServiceCache> caches = new(StringComparer.Ordinal);

    public LocalEvidenceLedger(string root, TimeProvider? time = null, TimeSpan? lockTimeout = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        folder = Path.Combine(Path.GetFullPath(root), "ledger");
        this.time = time ?? TimeProvider.System;
        this.lockTimeout = lockTimeout ?? TimeSpan.FromSeconds(30);
    }

    public string Location => $"local folder {folder}";

    public bool HeadMayLag => true;

    /// <summary>The file that holds a service's entries (for tools and tests).</summary>
    public string PathOf(string service) => Path.Combine(folder, ServiceNames.Validate(service) + Extension);

    public string HeadPathOf(string service) => Path.Combine(folder, ServiceNames.Validate(service) + ".head");

    public async Task<LedgerAppendResult> AppendAsync(EvidenceMetadata metadata, ContentHash hash, long size, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var service = ServiceNames.Validate(metadata.Service, nameof(metadata));
        var cache = caches.GetOrAdd(service, _ => new ServiceCache());
        await cache.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var lockFile = await FileLock.AcquireAsync(Path.Combine(folder, service + ".lock"), lockTimeout, time, cancellationToken).ConfigureAwait(false);
            await using (lockFile.ConfigureAwait(false))
            {
                var file = new FileStream(PathOf(service), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0, FileOptions.None);
                await using (file.ConfigureAwait(false))
                {
                    await CatchUpAsync(service, cache, file, cancellationToken).ConfigureAwait(false);
                    var key = LedgerKey.Of(metadata.ObligationId, metadata.Period, hash);
                    if (cache.ByKey.TryGetValue(key, out var existing))
                    {
                        return new LedgerAppendResult(existing, Appended: false);
                    }

                    var entry = LedgerChain.Seal(metadata, hash, size, cache.Head, time.GetUtcNow());
                    var line = LedgerChain.Serialize(entry);
                    var bytes = new byte[line.Length + 1];
                    line.CopyTo(bytes, 0);
                    bytes[^1] = (byte)'\n';
                    file.Seek(cache.Offset, SeekOrigin.Begin);
                    await file.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
                    file.Flush(flushToDisk: true);

                    cache.Offset += bytes.Length;
                    cache.Lines++;
                    cache.Head = new LedgerHead(entry.Sequence, entry.EntryHash);
                    cache.ByKey[key] = entry;
                    await WriteHeadAsync(service, cache.Head, cancellationToken).ConfigureAwait(false);
                    return new LedgerAppendResult(entry, Appended: true);
                }
            }
        }
        finally
        {
            cache.Gate.Release();
        }
    }

    public async IAsyncEnumerable<LedgerRow> ReadRowsAsync(string service, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var path = PathOf(service);
        if (!File.Exists(path))
        {
            yield break;
        }

        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (file.ConfigureAwait(false))
        {
            await foreach (var line in LineReader.ReadAsync(file, 1, cancellationToken).ConfigureAwait(false))
            {
                yield return ToRow(line);
            }
        }
    }

    public async Task<LedgerHead?> GetHeadAsync(string service, CancellationToken cancellationToken)
    {
        var path = HeadPathOf(service);
        if (!File.Exists(path))
        {
            return null;
        }

        if (new FileInfo(path).Length > MaxHeadLength)
        {
            return new LedgerHead(long.MaxValue, "unreadable");
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return new LedgerHead(document.RootElement.GetProperty("seq").GetInt64(), document.RootElement.GetProperty("hash").GetString() ?? string.Empty);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // An unreadable head verifies as a head that matches nothing.
            return new LedgerHead(long.MaxValue, "unreadable");
        }
    }

    public async IAsyncEnumerable<string> ListServicesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder))
        {
            var name = Path.GetFileName(path);
            var service = name.EndsWith(Extension, StringComparison.Ordinal) ? name[..^Extension.Length]
                : name.EndsWith(".head", StringComparison.Ordinal) ? name[..^5]
                : null;
            if (service is not null && ServiceNames.IsValid(service))
            {
                names.Add(service);
            }
        }

        foreach (var name in names)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return name;
        }
    }

    private static LedgerRow ToRow(LineReader.Line line)
    {
        var position = $"line {line.Number}";
        if (line.TooLong)
        {
            return new LedgerRow(position, null, $"the line is longer than the {LedgerChain.MaxStoredLength:N0} bytes an entry can have");
        }

        if (line.Bytes.Length == 0)
        {
            return new LedgerRow(position, null, "the line is empty");
        }

        try
        {
            return new LedgerRow(position, LedgerChain.Parse(line.Bytes), null);
        }
        catch (FormatException ex)
        {
            return new LedgerRow(position, null, ex.Message);
        }
    }

    // Reads what other writers appended since this instance last looked; truncates a torn final line.
    private async Task CatchUpAsync(string service, ServiceCache cache, FileStream file, CancellationToken cancellationToken)
    {
        if (file.Length < cache.Offset)
        {
            cache.Reset();
        }

        file.Seek(cache.Offset, SeekOrigin.Begin);
        await foreach (var line in LineReader.ReadAsync(file, cache.Lines + 1, cancellationToken).ConfigureAwait(false))
        {
            var row = ToRow(line);
            if (row.Entry is not { } entry)
            {
                throw new LedgerException($"Ledger '{service}' ({PathOf(service)}) cannot be appended to: {row.Position} cannot be read ({row.Error}). Verify the ledger.");
            }

            cache.ByKey[LedgerKey.Of(entry)] = entry;
            cache.Head = new LedgerHead(entry.Sequence, entry.EntryHash);
            cache.Offset = line.EndOffset;
            cache.Lines = line.Number;
        }

        if (file.Length > cache.Offset)
        {
            // A line without its newline: an append that stopped midway and was never acknowledged.
            file.SetLength(cache.Offset);
        }
    }

    private async Task WriteHeadAsync(string service, LedgerHead head, CancellationToken cancellationToken)
    {
        var path = HeadPathOf(service);
        var temp = path + ".tmp";
        await File.WriteAllTextAsync(temp, $"{{\"seq\":{head.Sequence},\"hash\":\"{head.EntryHash}\"}}\n", cancellationToken).ConfigureAwait(false);
        File.Move(temp, path, overwrite: true);
    }

    private sealed class ServiceCache
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public Dictionary<string, LedgerEntry> ByKey { get; } = new(StringComparer.Ordinal);
        public long Offset { get; set; }
        public long Lines { get; set; }
        public LedgerHead? Head { get; set; }

        public void Reset()
        {
            ByKey.Clear();
            Offset = 0;
            Lines = 0;
            Head = null;
        }
    }
}
