using AiRegOps.Core.State;

namespace AiRegOps.Core.Evidence;

/// <summary>Obligation state in a local folder: <c>state/&lt;service&gt;.jsonl</c>, appended under a lock file.</summary>
public sealed class LocalObligationStateStore : IObligationStateStore
{
    private readonly string folder;
    private readonly TimeProvider time;

    public LocalObligationStateStore(string root, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        folder = Path.Combine(Path.GetFullPath(root), "state");
        this.time = time ?? TimeProvider.System;
    }

    public string Location => $"local folder {folder}";

    public async Task<bool> RecordAsync(ObligationStateRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var service = ServiceNames.Validate(record.Service, nameof(record));
        var lockFile = await FileLock.AcquireAsync(Path.Combine(folder, service + ".lock"), TimeSpan.FromSeconds(30), time, cancellationToken).ConfigureAwait(false);
        await using (lockFile.ConfigureAwait(false))
        {
            var existing = await ReadAsync(service, cancellationToken).ConfigureAwait(false);
            if (existing.TryGetValue(record.Key, out var known) && known == record)
            {
                return false;
            }

            var line = System.Text.Encoding.UTF8.GetBytes(StateRecordJson.Serialize(record) + "\n");
            var file = new FileStream(Path.Combine(folder, service + ".jsonl"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0);
            await using (file.ConfigureAwait(false))
            {
                // A line torn by a crash mid-append was never acknowledged: drop it.
                file.Seek(CompleteLength(file), SeekOrigin.Begin);
                file.SetLength(file.Position);
                await file.WriteAsync(line, cancellationToken).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
            }

            return true;
        }
    }

    public async Task<IReadOnlyList<ObligationStateRecord>> GetAsync(string service, CancellationToken cancellationToken)
    {
        ServiceNames.Validate(service);
        var records = await ReadAsync(service, cancellationToken).ConfigureAwait(false);
        return records.Values.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
    }

    private static long CompleteLength(FileStream file)
    {
        var length = file.Length;
        var one = new byte[1];
        while (length > 0)
        {
            file.Seek(length - 1, SeekOrigin.Begin);
            file.ReadExactly(one);
            if (one[0] == (byte)'\n')
            {
                break;
            }

            length--;
        }

        return length;
    }

    private async Task<Dictionary<string, ObligationStateRecord>> ReadAsync(string service, CancellationToken cancellationToken)
    {
        var records = new Dictionary<string, ObligationStateRecord>(StringComparer.Ordinal);
        var path = Path.Combine(folder, service + ".jsonl");
        if (!File.Exists(path))
        {
            return records;
        }

        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        var lines = text.Split('\n');
        var number = 0;

        // The part after the last newline is an append still in progress or torn by a crash.
        foreach (var line in lines.Take(lines.Length - 1))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                var record = StateRecordJson.Deserialize(line);
                records[record.Key] = record;
            }
            catch (Exception ex) when (ex is System.Text.Json.JsonException or FormatException or ArgumentException)
            {
                throw new EvidenceException($"Obligation state '{path}' line {number} cannot be read: {ex.Message}", ex);
            }
        }

        return records;
    }
}
