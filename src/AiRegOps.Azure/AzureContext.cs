using System.Net.Sockets;
using System.Runtime.CompilerServices;
using AiRegOps.Core.Evidence;
using Azure;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace AiRegOps.Azure;

/// <summary>
/// The clients of one storage account and what every Azure operation shares: creating the container and tables once,
/// and turning the SDK's failures into <see cref="EvidenceStoreException"/>s that name the endpoint, never a secret.
/// </summary>
internal sealed class AzureContext
{
    private readonly SemaphoreSlim ensureGate = new(1, 1);
    private volatile bool ensured;

    private AzureContext(BlobContainerClient container, TableClient ledger, TableClient state, SecretRedactor redactor, string account, string blobHost, string tableHost, TimeProvider time)
    {
        Container = container;
        Ledger = ledger;
        State = state;
        Redactor = redactor;
        Account = account;
        BlobHost = blobHost;
        TableHost = tableHost;
        Time = time;
    }

    public BlobContainerClient Container { get; }
    public TableClient Ledger { get; }
    public TableClient State { get; }
    public SecretRedactor Redactor { get; }
    public string Account { get; }
    public string BlobHost { get; }
    public string TableHost { get; }
    public TimeProvider Time { get; }

    public static AzureContext Create(AzureEvidenceStoreOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ValidateNames(options);
        var redactor = new SecretRedactor(SecretsOf(options.ConnectionString));
        var blobOptions = new BlobClientOptions();
        var tableOptions = new TableClientOptions();
        Configure(blobOptions, options);
        Configure(tableOptions, options);
        BlobServiceClient blobs;
        TableServiceClient tables;
        try
        {
            if (options.ConnectionString is { } connectionString)
            {
                blobs = new BlobServiceClient(connectionString, blobOptions);
                tables = new TableServiceClient(connectionString, tableOptions);
            }
            else
            {
                var credential = options.Credential ?? new DefaultAzureCredential();
                blobs = new BlobServiceClient(options.BlobEndpoint!, credential, blobOptions);
                tables = new TableServiceClient(options.ResolveTableEndpoint(), credential, tableOptions);
            }
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or UriFormatException or NullReferenceException)
        {
            throw new EvidenceStoreException(
                $"The Azure Storage connection settings cannot be used ({ex.GetType().Name}: {redactor.Redact(FirstLine(ex.Message))}). The connection string is not shown.",
                endpoint: null, status: null, errorCode: null, detail: null);
        }

        return new AzureContext(
            blobs.GetBlobContainerClient(options.ContainerName),
            tables.GetTableClient(options.LedgerTableName),
            tables.GetTableClient(options.StateTableName),
            redactor,
            blobs.AccountName ?? "unknown",
            HostOf(blobs.Uri),
            HostOf(tables.Uri),
            time);
    }

    /// <summary>Creates the container and tables the first time any operation needs them.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (ensured)
        {
            return;
        }

        await ensureGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!ensured)
            {
                await ScopedCreation.IfNotExistsAsync(() => Container.CreateIfNotExistsAsync(cancellationToken: cancellationToken)).ConfigureAwait(false);
                await ScopedCreation.IfNotExistsAsync(() => Ledger.CreateIfNotExistsAsync(cancellationToken)).ConfigureAwait(false);
                await ScopedCreation.IfNotExistsAsync(() => State.CreateIfNotExistsAsync(cancellationToken)).ConfigureAwait(false);
                ensured = true;
            }
        }
        finally
        {
            ensureGate.Release();
        }
    }

    /// <summary>Whether <paramref name="exception"/> is a storage failure to translate (not a cancellation the caller asked for, not ours).</summary>
    public static bool IsStorageFailure(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        EvidenceException => false,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        RequestFailedException or AggregateException or HttpRequestException or SocketException or IOException
            or AuthenticationFailedException or CredentialUnavailableException => true,
        _ => false,
    };

    /// <summary>The failure as an <see cref="EvidenceStoreException"/> naming the endpoint and the operation, without secrets.</summary>
    public EvidenceStoreException Translate(Exception exception, string operation, bool table = false)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var host = table ? TableHost : BlobHost;
        var endpoint = $"{host} (account {Account})";
        var failure = Innermost(exception);
        var status = (failure as RequestFailedException)?.Status;
        var code = (failure as RequestFailedException)?.ErrorCode;
        var reason = Redactor.Redact(FirstLine(failure.Message));
        string message;
        if (failure is AuthenticationFailedException or CredentialUnavailableException)
        {
            message = $"Could not get a token for Azure Storage {endpoint} while {operation}: {reason}";
            status = null;
        }
        else if (status is null or 0)
        {
            message = $"The storage endpoint {endpoint} is unreachable while {operation}: {reason}";
        }
        else if (status is 401 or 403)
        {
            message = $"Azure Storage {endpoint} refused {operation} ({status} {code}): the credential is not authorised for it. The credential is not shown.";
        }
        else
        {
            message = $"Azure Storage {endpoint} failed while {operation}: {status} {code}.";
        }

        return new EvidenceStoreException(message, endpoint, status is 0 ? null : status, code, Redactor.Redact(failure.Message));
    }

    /// <summary>Runs an operation, translating storage failures.</summary>
    public async Task<T> RunAsync<T>(string operation, bool table, Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            return await action(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsStorageFailure(ex, cancellationToken))
        {
            throw Translate(ex, operation, table);
        }
    }

    /// <summary>Enumerates <paramref name="source"/>, translating storage failures.</summary>
    public async IAsyncEnumerable<T> GuardAsync<T>(string operation, bool table, Func<CancellationToken, IAsyncEnumerable<T>> source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        IAsyncEnumerator<T> enumerator;
        try
        {
            await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            enumerator = source(cancellationToken).GetAsyncEnumerator(cancellationToken);
        }
        catch (Exception ex) when (IsStorageFailure(ex, cancellationToken))
        {
            throw Translate(ex, operation, table);
        }

        await using (enumerator.ConfigureAwait(false))
        {
            while (true)
            {
                bool more;
                try
                {
                    more = await enumerator.MoveNextAsync().ConfigureAwait(false);
                }
                catch (Exception ex) when (IsStorageFailure(ex, cancellationToken))
                {
                    throw Translate(ex, operation, table);
                }

                if (!more)
                {
                    yield break;
                }

                yield return enumerator.Current;
            }
        }
    }

    private static Exception Innermost(Exception exception)
    {
        var current = exception;
        while (true)
        {
            if (current is AggregateException { InnerExceptions.Count: > 0 } aggregate)
            {
                current = aggregate.InnerExceptions[^1];
            }
            else if (current is RequestFailedException { Status: 0, InnerException: { } inner })
            {
                current = inner;
            }
            else if (current is OperationCanceledException or HttpRequestException && current.InnerException is { } cause)
            {
                current = cause;
            }
            else
            {
                return current;
            }
        }
    }

    private static string FirstLine(string text)
    {
        var line = text.AsSpan().Trim();
        var end = line.IndexOfAny('\r', '\n');
        return (end < 0 ? line : line[..end]).ToString();
    }

    private static string HostOf(Uri uri) => uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";

    private static IEnumerable<string> SecretsOf(string? connectionString)
    {
        if (connectionString is null)
        {
            yield break;
        }

        yield return connectionString;
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var key = part[..equals].Trim();
            if (key.Equals("AccountKey", StringComparison.OrdinalIgnoreCase) || key.Equals("SharedAccessSignature", StringComparison.OrdinalIgnoreCase))
            {
                var value = part[(equals + 1)..].Trim();
                yield return value;
                if (key.Equals("SharedAccessSignature", StringComparison.OrdinalIgnoreCase))
                {
                    foreach (var field in value.TrimStart('?').Split('&'))
                    {
                        if (field.StartsWith("sig=", StringComparison.OrdinalIgnoreCase))
                        {
                            yield return field[4..];
                            yield return Uri.UnescapeDataString(field[4..]);
                        }
                    }
                }
            }
        }
    }

    private static void Configure(ClientOptions client, AzureEvidenceStoreOptions options)
    {
        client.Retry.MaxRetries = options.MaxRetries;
        client.Retry.Delay = options.RetryDelay;
        client.Retry.MaxDelay = TimeSpan.FromTicks(Math.Max(options.RetryDelay.Ticks * 8, TimeSpan.FromSeconds(1).Ticks));
        client.Retry.NetworkTimeout = options.NetworkTimeout;
        client.Diagnostics.IsLoggingContentEnabled = false;
    }

    private static void ValidateNames(AzureEvidenceStoreOptions options)
    {
        if (options.ContainerName is not { Length: >= 3 and <= 63 } container
            || !container.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            || container.StartsWith('-') || container.EndsWith('-') || container.Contains("--", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{options.ContainerName}' is not a blob container name (3-63 lower-case letters, digits and single dashes).");
        }

        foreach (var table in new[] { options.LedgerTableName, options.StateTableName })
        {
            if (table is not { Length: >= 3 and <= 63 } || !char.IsAsciiLetter(table[0]) || !table.All(char.IsAsciiLetterOrDigit))
            {
                throw new ArgumentException($"'{table}' is not a table name (3-63 letters and digits, starting with a letter).");
            }
        }

        if (options.BlockSize is < 1024 * 1024 or > 100 * 1024 * 1024)
        {
            throw new ArgumentException("BlockSize must be between 1 MiB and 100 MiB.");
        }

        if (options.MaxConcurrency is < 1 or > 64)
        {
            throw new ArgumentException("MaxConcurrency must be between 1 and 64.");
        }

        if (options.ReadAheadLimit is < 0 or > 1024L * 1024 * 1024)
        {
            throw new ArgumentException("ReadAheadLimit must be between 0 and 1,024 MiB (less than a block reads one block ahead).");
        }

        if (options.SingleUploadLimit is < 0 or > 5000L * 1024 * 1024)
        {
            throw new ArgumentException("SingleUploadLimit must be between 0 and 5,000 MiB (the largest single Put Blob).");
        }

        if (options.StagedUploadFrom < 0)
        {
            throw new ArgumentException("StagedUploadFrom must be 0 or more (above SingleUploadLimit it is never used).");
        }
    }
}
