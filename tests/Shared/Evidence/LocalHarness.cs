using AiRegOps.Core.Evidence;

namespace AiRegOps.Tests.Shared.Evidence;

public sealed class LocalHarness : EvidenceHarness
{
    private readonly string root = Directory.CreateTempSubdirectory("evidence-").FullName;
    private readonly TimeProvider time;

    public LocalHarness(TimeProvider? time = null)
    {
        this.time = time ?? TimeProvider.System;
        Service = EvidenceService.ForLocalFolder(root, this.time);
    }

    public string Root => root;
    public override EvidenceService Service { get; }

    public override EvidenceService OpenAnother() => EvidenceService.ForLocalFolder(root, time);

    public override Task OverwriteBlobAsync(ContentHash hash, byte[] content)
    {
        var path = ((LocalEvidenceStore)Service.Store).PathOf(hash);
        File.SetAttributes(path, FileAttributes.Normal);
        return File.WriteAllBytesAsync(path, content);
    }

    public override Task DeleteBlobAsync(ContentHash hash)
    {
        var path = ((LocalEvidenceStore)Service.Store).PathOf(hash);
        File.SetAttributes(path, FileAttributes.Normal);
        File.Delete(path);
        return Task.CompletedTask;
    }

    public override async Task ChangeEntryAsync(string service, long sequence, Func<string, string> change)
    {
        var lines = await ReadLines(service);
        lines[(int)sequence - 1] = change(lines[(int)sequence - 1]);
        await WriteLines(service, lines);
    }

    public override async Task RemoveEntryAsync(string service, long sequence)
    {
        var lines = await ReadLines(service);
        lines.RemoveAt((int)sequence - 1);
        await WriteLines(service, lines);
    }

    public override Task DeleteHeadAsync(string service)
    {
        File.Delete(((LocalEvidenceLedger)Service.Ledger).HeadPathOf(service));
        return Task.CompletedTask;
    }

    public override async Task SwapEntriesAsync(string service, long first, long second)
    {
        var lines = await ReadLines(service);
        (lines[(int)first - 1], lines[(int)second - 1]) = (lines[(int)second - 1], lines[(int)first - 1]);
        await WriteLines(service, lines);
    }

    public override ValueTask DisposeAsync()
    {
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(root, recursive: true);
        return ValueTask.CompletedTask;
    }

    private string LedgerPath(string service) => ((LocalEvidenceLedger)Service.Ledger).PathOf(service);

    private async Task<List<string>> ReadLines(string service) => [.. await File.ReadAllLinesAsync(LedgerPath(service))];

    private Task WriteLines(string service, List<string> lines) => File.WriteAllTextAsync(LedgerPath(service), string.Concat(lines.Select(l => l + "\n")));
}
