using System.Globalization;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Profiles.Loading;
using AiRegOps.Core.Watch;
using Azure;
using Azure.Data.Tables;

namespace AiRegOps.Azure.Watch;

/// <summary>
/// Recorded service events in a table: partition = service, row = event id. Recording is an insert that a second
/// delivery of the same event cannot repeat (409 Conflict means already recorded).
/// </summary>
public sealed class AzureTableServiceEventStore : IServiceEventStore
{
    public const string DefaultTableName = "serviceevents";

    private readonly LazyTable table;

    public AzureTableServiceEventStore(TableServiceClient service, string tableName = DefaultTableName)
    {
        table = new LazyTable(service, tableName);
    }

    public async Task<bool> RecordAsync(RecordedServiceEvent recorded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        var e = recorded.Event;
        var entity = new TableEntity(TableKeys.Encode(recorded.Service), TableKeys.Encode(recorded.Id))
        {
            ["Type"] = ProfileVocabulary.EventTypes.ToName(e.Type),
            ["Date"] = e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Feature"] = e.Feature,
            ["Subject"] = e.Subject,
            ["Note"] = e.Note,
            ["ExpertReviewList"] = e.ExpertReviewList,
            ["Source"] = recorded.Source,
            ["Id"] = recorded.Id,
        };
        try
        {
            await client.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<RecordedServiceEvent>> GetAsync(string service, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        var client = await table.GetAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<RecordedServiceEvent>();
        var filter = $"PartitionKey eq {TableKeys.Literal(TableKeys.Encode(service))}";
        await foreach (var entity in client.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!ProfileVocabulary.EventTypes.TryParse(entity.GetString("Type") ?? string.Empty, out var type))
            {
                // Written by a newer version with a type this one does not know: leave it to that version.
                continue;
            }

            list.Add(new RecordedServiceEvent
            {
                Id = entity.GetString("Id") ?? TableKeys.Decode(entity.RowKey),
                Service = service,
                Source = entity.GetString("Source") ?? string.Empty,
                Event = new ServiceEvent
                {
                    Type = type,
                    Date = DateOnly.ParseExact(entity.GetString("Date"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Feature = entity.GetString("Feature"),
                    Subject = entity.GetString("Subject"),
                    Note = entity.GetString("Note"),
                    ExpertReviewList = entity.GetBoolean("ExpertReviewList") ?? false,
                },
            });
        }

        return [.. list.OrderBy(e => e.Event.Date).ThenBy(e => e.Id, StringComparer.Ordinal)];
    }
}
