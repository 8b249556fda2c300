using AiRegOps.Core.IO;
using AiRegOps.Core.Reports;

namespace AiRegOps.Core.Ethics;

/// <summary>Ethics registrations in &lt;state folder&gt;/ethics-registrations.json, replaced atomically (temp file + rename).</summary>
public sealed class LocalEthicsRegistry : IEthicsRegistry
{
    public const string FileName = "ethics-registrations.json";

    private const string Expected = "an ethics registrations file written by AiRegOps ({\"version\":1,\"registrations\":[...]})";

    public LocalEthicsRegistry(string stateFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stateFolder);
        FilePath = Path.Combine(Path.GetFullPath(stateFolder), FileName);
    }

    public string FilePath { get; }

    public async Task<IReadOnlyList<EthicsRegistration>> ListAsync(CancellationToken cancellationToken) =>
        (await StateJson.ReadAsync<EthicsRegistryDocument>(FilePath, Expected, cancellationToken).ConfigureAwait(false))?.Registrations ?? [];

    public async Task<bool> AddAsync(EthicsRegistration registration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var document = await StateJson.ReadAsync<EthicsRegistryDocument>(FilePath, Expected, cancellationToken).ConfigureAwait(false) ?? new();
        if (document.Registrations.Any(r => r.IsSameAs(registration)))
        {
            return false;
        }

        document.Registrations.Add(registration);
        StateJson.Write(FilePath, document);
        return true;
    }
}
