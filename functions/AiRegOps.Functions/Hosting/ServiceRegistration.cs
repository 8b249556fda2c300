using AiRegOps.Azure.Labels;
using AiRegOps.Azure.Watch;
using AiRegOps.Core.Reminders;
using AiRegOps.Core.Watch;
using AiRegOps.Core.Workspace;
using AiRegOps.GitHub;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AiRegOps.Functions.Hosting;

/// <summary>Everything the functions need, registered once; <c>Program.cs</c> and the tests share it.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddAiRegOps(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<AiRegOpsOptions>().Bind(configuration.GetSection(AiRegOpsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<AiRegOpsOptions>, AiRegOpsOptionsValidation>();
        services.AddOptions<TriggerSettings>().Bind(configuration).ValidateDataAnnotations().ValidateOnStart();

        // Storage: the same account and the same connection setting as the triggers.
        services.AddSingleton(_ => StorageConnection.From(configuration));
        services.AddAzureClients(clients =>
        {
            clients.AddClient<TableServiceClient, TableClientOptions>((options, sp) =>
            {
                var c = sp.GetRequiredService<StorageConnection>();
                return c.ConnectionString is { } cs ? new TableServiceClient(cs, options) : new TableServiceClient(c.TableServiceUri!, c.Credential!, options);
            });
            clients.AddClient<BlobServiceClient, BlobClientOptions>((options, sp) =>
            {
                var c = sp.GetRequiredService<StorageConnection>();
                return c.ConnectionString is { } cs ? new BlobServiceClient(cs, options) : new BlobServiceClient(c.BlobServiceUri!, c.Credential!, options);
            });
            clients.AddClient<QueueServiceClient, QueueClientOptions>((options, sp) =>
            {
                // The Functions queue trigger reads base64 by default (host.json messageEncoding).
                options.MessageEncoding = QueueMessageEncoding.Base64;
                var c = sp.GetRequiredService<StorageConnection>();
                return c.ConnectionString is { } cs ? new QueueServiceClient(cs, options) : new QueueServiceClient(c.QueueServiceUri!, c.Credential!, options);
            });
        });

        services.AddSingleton<IWatcherStateStore>(sp => new AzureTableWatcherStateStore(sp.GetRequiredService<TableServiceClient>()));
        services.AddSingleton<IServiceEventStore>(sp => new AzureTableServiceEventStore(sp.GetRequiredService<TableServiceClient>()));
        services.AddSingleton<IProcessedMessageStore>(sp => new AzureTableProcessedMessageStore(sp.GetRequiredService<TableServiceClient>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IReminderWorkQueue>(sp => new AzureTableReminderWorkQueue(sp.GetRequiredService<TableServiceClient>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IEvidenceContentSource>(sp => new AzureBlobEvidenceContentSource(
            sp.GetRequiredService<BlobServiceClient>(),
            sp.GetRequiredService<IOptions<AiRegOpsOptions>>().Value.DeploymentEvidenceContainers.Split(',')));
        services.AddSingleton<IWatcherEventSink>(sp =>
        {
            var queue = sp.GetRequiredService<IOptions<TriggerSettings>>().Value.WatcherEventsQueue;
            return new AzureQueueWatcherEventSink(sp.GetRequiredService<QueueServiceClient>().GetQueueClient(queue));
        });
        AddEvidence(services);
        AddLabelChecks(services);

        // GitHub: one client and one pacer per credential, shared by every invocation in the process.
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AiRegOpsOptions>>().Value;
            var connection = new GitHubConnectionOptions
            {
                BaseUrl = string.IsNullOrWhiteSpace(options.GitHubBaseUrl) ? null : new Uri(options.GitHubBaseUrl),
                Auth = AiRegOpsOptionsValidation.GitHubAuthOf(options),
            };
            return GitHubClientFactory.Create(connection, sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton(sp => new WritePacer(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IReminderTracker>(sp => new GitHubReminderTracker(
            sp.GetRequiredService<Octokit.IGitHubClient>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<WritePacer>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("AiRegOps.GitHub")));
        services.AddSingleton(sp => new ReminderSynchronizer(
            sp.GetRequiredService<IReminderTracker>(),
            sp.GetRequiredService<IReminderWorkQueue>(),
            sp.GetRequiredService<WritePacer>(),
            sp.GetRequiredService<TimeProvider>(),
            new ReminderSyncOptions { MaxRunDuration = sp.GetRequiredService<IOptions<AiRegOpsOptions>>().Value.MaxRunDuration }));
        services.AddSingleton(sp => new RepositoryProfileSource(sp.GetRequiredService<Octokit.IGitHubClient>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IProfileFileReader, GitHubProfileFileReader>();

        // One calendar everywhere: the same holiday file the cmdlets take with -HolidayFile (setting AiRegOps__HolidayFile).
        services.AddSingleton(sp => WorkspaceCalendar.Load(
            sp.GetRequiredService<IOptions<AiRegOpsOptions>>().Value.HolidayFile is { Length: > 0 } file ? Path.GetFullPath(file) : null));
        services.AddSingleton(sp => new WatchedCompliance(
            sp.GetRequiredService<IWatcherStateStore>(),
            sp.GetRequiredService<IServiceEventStore>(),
            sp.GetRequiredService<IComplianceEvidence>(),
            sp.GetRequiredService<ReminderSynchronizer>(),
            sp.GetRequiredService<TimeProvider>(),
            workspace: new ComplianceWorkspaceOptions { Periods = sp.GetRequiredService<AiRegOps.Core.Calendar.PeriodCalculator>() },
            extraReminders: sp.GetRequiredService<LabelReminderSource>()));
        services.AddSingleton(sp => new RepositoryWatcher(
            sp.GetRequiredService<IProfileFileReader>(),
            sp.GetRequiredService<IWatcherStateStore>(),
            sp.GetRequiredService<IWatcherEventSink>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new DeploymentEventProcessor(
            sp.GetRequiredService<IProcessedMessageStore>(),
            sp.GetRequiredService<IComplianceEvidence>(),
            sp.GetRequiredService<IEvidenceContentSource>(),
            sp.GetRequiredService<WatchedCompliance>()));
        return services;
    }

    // The blob label check: the watched containers (validated at start-up), its own record of checked versions, the
    // failing files per service, and their reminders, planned with the schedule's.
    private static void AddLabelChecks(IServiceCollection services)
    {
        services.AddSingleton(sp => new LabelWatches(LabelWatchList.Parse(sp.GetRequiredService<IOptions<AiRegOpsOptions>>().Value.LabelWatch)));
        services.AddSingleton(sp => new AzureTableLabelFindingStore(sp.GetRequiredService<TableServiceClient>()));
        services.AddSingleton(sp => new LabelReminderSource(sp.GetRequiredService<LabelWatches>().All, sp.GetRequiredService<AzureTableLabelFindingStore>()));
        services.AddSingleton(_ => new BlobLabelChecker());
        services.AddSingleton(sp => new BlobLabelProcessor(
            sp.GetRequiredService<LabelWatches>().All,
            sp.GetRequiredService<BlobServiceClient>(),
            sp.GetRequiredService<BlobLabelChecker>(),
            new AzureTableProcessedMessageStore(sp.GetRequiredService<TableServiceClient>(), sp.GetRequiredService<TimeProvider>(), LabelCheckMessageTable.DefaultTableName),
            sp.GetRequiredService<IComplianceEvidence>(),
            sp.GetRequiredService<AzureTableLabelFindingStore>(),
            sp.GetRequiredService<WatchedCompliance>(),
            sp.GetRequiredService<TimeProvider>()));
    }

    private static void AddEvidence(IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var c = sp.GetRequiredService<StorageConnection>();
            var container = sp.GetRequiredService<IOptions<AiRegOpsOptions>>().Value.EvidenceContainer;
            var options = c.ConnectionString is { } cs
                ? global::AiRegOps.Azure.AzureEvidenceStoreOptions.FromConnectionString(cs)
                : global::AiRegOps.Azure.AzureEvidenceStoreOptions.FromAccountUrl(c.BlobServiceUri!, c.Credential, c.TableServiceUri);
            return AiRegOps.Core.Evidence.EvidenceService.Create(options with { ContainerName = container }, sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<IComplianceEvidence>(sp => new EvidenceStoreEvidence(sp.GetRequiredService<AiRegOps.Core.Evidence.EvidenceService>()));
    }
}
