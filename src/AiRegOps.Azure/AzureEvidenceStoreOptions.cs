using AiRegOps.Core.Evidence;
using Azure.Core;

namespace AiRegOps.Azure;

/// <summary>
/// Evidence on Azure Storage: blobs in a container, the ledger and the obligation state in two tables of the same
/// account. Connect with a connection string, or with an account URL and a token credential (managed identity via
/// <c>DefaultAzureCredential</c> when none is given). <see cref="ToString"/> never shows a key or SAS token.
/// </summary>
public sealed record AzureEvidenceStoreOptions : EvidenceStoreOptions
{
    private AzureEvidenceStoreOptions()
    {
    }

    /// <summary>The connection string, when connecting by one. Never printed.</summary>
    internal string? ConnectionString { get; private init; }

    /// <summary>The blob endpoint, when connecting by account URL.</summary>
    public Uri? BlobEndpoint { get; private init; }

    /// <summary>The table endpoint; derived from the blob endpoint (<c>.blob.</c> to <c>.table.</c>) when not given.</summary>
    public Uri? TableEndpoint { get; init; }

    /// <summary>The credential for account-URL access; <c>DefaultAzureCredential</c> when null.</summary>
    public TokenCredential? Credential { get; init; }

    public string ContainerName { get; init; } = "evidence";
    public string LedgerTableName { get; init; } = "evidenceledger";
    public string StateTableName { get; init; } = "obligationstate";

    /// <summary>The block size for uploads; content up to one block is uploaded in one request.</summary>
    public int BlockSize { get; init; } = 8 * 1024 * 1024;

    /// <summary>How many blocks are uploaded at once (memory is about BlockSize x (MaxConcurrency + 2)).</summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>
    /// A source that can be read twice (a file) up to this size is uploaded in one request, as a plain
    /// <c>BlobClient.UploadAsync</c> does up to its 256 MiB initial transfer size; above it, as blocks.
    /// </summary>
    public long SingleUploadLimit { get; init; } = 256L * 1024 * 1024;

    /// <summary>
    /// A file from this size up to <see cref="SingleUploadLimit"/> is uploaded in one request to a temporary blob while
    /// it is hashed, then copied inside the account to its content name, instead of being hashed before the upload:
    /// hashing first reads the whole file before its first byte goes out (about 60 ms for 64 MiB on the benchmark
    /// machine), while the copy is one short request whatever the size (about 6 ms on Azurite at 8 and at 64 MiB;
    /// bench/evidence/results.md). Below this size both cost about the same, and hashing first means content already
    /// stored is not sent again.
    /// </summary>
    public long StagedUploadFrom { get; init; } = 16L * 1024 * 1024;

    /// <summary>
    /// A source that can be read only once (a pipe, a download) that ends within this many bytes is held in memory,
    /// hashed, and uploaded to its content name in one request, as a plain upload of such a stream buffers it; a
    /// longer one is staged as blocks and copied to its name. Memory is about this much while it is read; it is
    /// rounded down to whole blocks, and is at least one block.
    /// </summary>
    public long ReadAheadLimit { get; init; } = 64L * 1024 * 1024;

    public int MaxRetries { get; init; } = 3;
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(0.8);
    public TimeSpan NetworkTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>Connects with a storage connection string (account key or SAS).</summary>
    public static AzureEvidenceStoreOptions FromConnectionString(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException("The Azure Storage connection string is empty.", nameof(connectionString));
        }

        return new AzureEvidenceStoreOptions { ConnectionString = connectionString };
    }

    /// <summary>Connects to <paramref name="blobEndpoint"/> (e.g. https://account.blob.core.windows.net) with a token credential.</summary>
    public static AzureEvidenceStoreOptions FromAccountUrl(Uri blobEndpoint, TokenCredential? credential = null, Uri? tableEndpoint = null)
    {
        ArgumentNullException.ThrowIfNull(blobEndpoint);
        if (!string.IsNullOrEmpty(blobEndpoint.Query))
        {
            throw new ArgumentException("The account URL must not carry a query (a SAS token belongs in a connection string).", nameof(blobEndpoint));
        }

        return new AzureEvidenceStoreOptions { BlobEndpoint = blobEndpoint, Credential = credential, TableEndpoint = tableEndpoint };
    }

    /// <summary>The table endpoint for an account URL.</summary>
    public Uri ResolveTableEndpoint()
    {
        if (TableEndpoint is not null)
        {
            return TableEndpoint;
        }

        var blob = BlobEndpoint ?? throw new InvalidOperationException("No blob endpoint.");
        var host = blob.Host;
        var index = host.IndexOf(".blob.", StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            throw new ArgumentException($"Cannot derive the table endpoint from '{blob.Host}': give TableEndpoint.");
        }

        return new UriBuilder(blob) { Host = string.Concat(host.AsSpan(0, index), ".table.", host.AsSpan(index + 6)) }.Uri;
    }

    public override EvidenceBackend CreateBackend(TimeProvider time)
    {
        var context = AzureContext.Create(this, time ?? TimeProvider.System);
        return new EvidenceBackend(
            new AzureBlobEvidenceStore(context, BlockSize, MaxConcurrency, SingleUploadLimit, ReadAheadLimit, StagedUploadFrom),
            new AzureTableEvidenceLedger(context),
            new AzureTableObligationStateStore(context));
    }

    public override string Describe()
    {
        var how = ConnectionString is not null ? "by connection string" : $"{BlobEndpoint?.Host} by {(Credential is null ? "DefaultAzureCredential" : "token credential")}";
        return $"Azure Storage ({how}), container '{ContainerName}', tables '{LedgerTableName}' and '{StateTableName}'";
    }

    public override string ToString() => Describe();
}
