using Azure.Data.Tables;

namespace AiRegOps.Azure.Watch;

/// <summary>A table client that creates its table the first time it is used, once per process.</summary>
internal sealed class LazyTable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly TableClient client;
    private volatile bool created;

    public LazyTable(TableServiceClient service, string name)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        client = service.GetTableClient(name);
    }

    public string Name => client.Name;

    public async Task<TableClient> GetAsync(CancellationToken cancellationToken)
    {
        if (created)
        {
            return client;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!created)
            {
                await ScopedCreation.IfNotExistsAsync(() => client.CreateIfNotExistsAsync(cancellationToken)).ConfigureAwait(false);
                created = true;
            }
        }
        finally
        {
            gate.Release();
        }

        return client;
    }
}
