using AiRegOps.Core.IO;
using AiRegOps.Core.Reports;

namespace AiRegOps.Core.Filings;

/// <summary>Filings recorded in &lt;state folder&gt;/filings.json, replaced atomically on each change.</summary>
public sealed class LocalFilingRegistry : IFilingRegistry
{
    public const string FileName = "filings.json";

    private const string Expected = "a filings file written by AiRegOps ({\"version\":1,\"filings\":[...]})";

    public LocalFilingRegistry(string stateFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stateFolder);
        FilePath = Path.Combine(Path.GetFullPath(stateFolder), FileName);
    }

    public string FilePath { get; }

    public async Task<IReadOnlyList<RecordedFiling>> ListAsync(CancellationToken cancellationToken) =>
        (await StateJson.ReadAsync<FilingRegistryDocument>(FilePath, Expected, cancellationToken).ConfigureAwait(false))?.Filings ?? [];

    public async Task<bool> AddAsync(RecordedFiling filing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filing);
        var document = await StateJson.ReadAsync<FilingRegistryDocument>(FilePath, Expected, cancellationToken).ConfigureAwait(false) ?? new();
        if (document.Filings.Contains(filing))
        {
            return false;
        }

        document.Filings.Add(filing);
        StateJson.Write(FilePath, document);
        return true;
    }
}
