using System.Text;
using System.Text.Json;
using AiRegOps.Core.Reminders;
using AiRegOps.Core.Watch;
using Azure;
using Azure.Data.Tables;

namespace AiRegOps.Azure.Watch;

/// <summary>
/// The watcher's snapshots in a table: partition = repository, row = path. The file is kept as UTF-8 bytes (a binary
/// property holds 64 KiB, twice what a string property holds in characters).
/// </summary>
public sealed class AzureTableWatcherStateStore : IWatcherStateStore
{
    public const string DefaultTableName = "watcherstate";
    private const int MaxBytes = 64 * 1024;

    private readonly LazyTable table;

    public AzureTableWatcherStateStore(TableServiceClient service, string tableName = DefaultTableName)
    {
        table = new LazyTable(service, tableName);
    }

    public async Task<ProfileSnapshot?> GetAsync(RepositoryRef repository, string path, CancellationToken cancellationToken)
    {
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        var response = await client.GetEntityIfExistsAsync<TableEntity>(TableKeys.Encode(repository.ToString()), TableKeys.Encode(path), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? ToSnapshot(response.Value!) : null;
    }

    public async Task SaveAsync(ProfileSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var yaml = Encoding.UTF8.GetBytes(snapshot.Yaml);
        if (yaml.Length > MaxBytes)
        {
            throw new InvalidOperationException($"{snapshot.SourceName} is {yaml.Length:N0} bytes; the watcher keeps files up to {MaxBytes:N0} bytes.");
        }

        var retired = JsonSerializer.SerializeToUtf8Bytes(snapshot.Retired);
        if (retired.Length > MaxBytes)
        {
            throw new InvalidOperationException($"{snapshot.SourceName}: the removed services' last profiles take {retired.Length:N0} bytes; the watcher keeps up to {MaxBytes:N0} bytes.");
        }

        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(TableKeys.Encode(snapshot.Repository.ToString()), TableKeys.Encode(snapshot.Path))
        {
            ["Repository"] = snapshot.Repository.ToString(),
            ["Path"] = snapshot.Path,
            ["Sha"] = snapshot.Sha,
            ["Yaml"] = yaml,
            ["Services"] = string.Join('\n', snapshot.Services),
            ["Retired"] = retired,
            ["SeenAt"] = snapshot.SeenAt,
        };
        await client.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ProfileSnapshot>> ListAsync(CancellationToken cancellationToken)
    {
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<ProfileSnapshot>();
        await foreach (var entity in client.QueryAsync<TableEntity>(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(ToSnapshot(entity));
        }

        return [.. list.OrderBy(s => s.Repository.ToString(), StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Path, StringComparer.Ordinal)];
    }

    private static ProfileSnapshot ToSnapshot(TableEntity entity) => new()
    {
        Repository = RepositoryRef.Parse(entity.GetString("Repository")),
        Path = entity.GetString("Path"),
        Sha = entity.GetString("Sha") ?? string.Empty,
        Yaml = entity.GetBinary("Yaml") is { } bytes ? Encoding.UTF8.GetString(bytes) : string.Empty,
        Services = (entity.GetString("Services") ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries),
        Retired = entity.GetBinary("Retired") is { Length: > 0 } retired
            ? JsonSerializer.Deserialize<List<RetiredService>>(retired) ?? []
            : [],
        SeenAt = entity.GetDateTimeOffset("SeenAt") ?? DateTimeOffset.MinValue,
    };
}
