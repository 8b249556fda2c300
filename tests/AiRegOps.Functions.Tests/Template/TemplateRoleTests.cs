using System.Reflection;
using AiRegOps.Azure;

namespace AiRegOps.Functions.Tests.Template;

/// <summary>
/// The app's identity gets every data role its settings assume, each on the narrowest scope: one container, queue,
/// table or secret, never the data account as a whole. The release pipeline gets only what sending an event takes.
/// </summary>
public sealed class TemplateRoleTests
{
    // Azure built-in role ids (the same in every cloud).
    private const string BlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string BlobDataContributor = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    private const string BlobDataReader = "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1";
    private const string QueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string QueueDataMessageSender = "c6a89b2d-59bc-44d0-9896-0f6e12d7b80a";
    private const string QueueDataMessageProcessor = "8a0f0c08-91a1-4084-bc3d-661d67233fed";
    private const string QueueDataReader = "19e7f2c0-de65-4cf5-9e50-4a4c4b1ba0d0";
    private const string TableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    [Fact]
    public void The_identity_gets_every_role_the_settings_assume_on_the_narrowest_scope()
    {
        var template = new CompiledTemplate(ArmCloud.China);
        var settings = template.AppSettings();
        var grants = template.RoleAssignments().Where(g => g.Principal == ArmEvaluator.AppPrincipal).ToList();
        var dataAccount = AccountOf(settings["AiRegOpsStorage__blobServiceUri"]);
        var hostAccount = AccountOf(settings["AzureWebJobsStorage__blobServiceUri"]);
        Assert.NotEqual(dataAccount, hostAccount);

        // The host's own account: the Functions host needs it account-wide.
        AssertGranted(grants, BlobDataOwner, $"storageAccounts/{hostAccount}");
        AssertGranted(grants, QueueDataContributor, $"storageAccounts/{hostAccount}");
        AssertGranted(grants, TableDataContributor, $"storageAccounts/{hostAccount}");

        // Evidence written, release evidence read: one container each.
        AssertGranted(grants, BlobDataContributor, $"storageAccounts/{dataAccount}/blobServices/default/containers/{settings["AiRegOps__EvidenceContainer"]}");
        AssertGranted(grants, BlobDataReader, $"storageAccounts/{dataAccount}/blobServices/default/containers/{settings["AiRegOps__DeploymentEvidenceContainers"]}");

        // Both trigger queues and their poison queues.
        foreach (var queue in new[] { settings["DeploymentEventsQueue"], settings["WatcherEventsQueue"] }.SelectMany(q => new[] { q, q + "-poison" }))
        {
            AssertGranted(grants, QueueDataContributor, $"storageAccounts/{dataAccount}/queueServices/default/queues/{queue}");
        }

        // Every table the app's stores use (their default names, read from the code).
        foreach (var table in TablesTheAppUses())
        {
            AssertGranted(grants, TableDataContributor, $"storageAccounts/{dataAccount}/tableServices/default/tables/{table}");
        }

        // The token's secret only, and telemetry with the identity (local auth is off).
        AssertGranted(grants, KeyVaultSecretsUser, "vaults/acme-kv/secrets/github-token");
        Assert.Equal("Authorization=AAD", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
        AssertGranted(grants, MonitoringMetricsPublisher, "Microsoft.Insights/components/acme-airegops-ai");

        // Least privilege: nothing on the data account as a whole, nothing on the vault as a whole.
        Assert.DoesNotContain(grants, g => g.Scope.EndsWith($"storageAccounts/{dataAccount}", StringComparison.Ordinal));
        Assert.DoesNotContain(grants, g => g.Scope.EndsWith("vaults/acme-kv", StringComparison.Ordinal));
        Assert.DoesNotContain(grants, g => g.Role == BlobDataOwner && g.Scope.Contains(dataAccount, StringComparison.Ordinal));
    }

    [Fact]
    public void The_label_check_reads_only_the_watched_containers_and_only_processes_its_queue()
    {
        var template = new CompiledTemplate(ArmCloud.Public);
        var settings = template.AppSettings();
        var dataAccount = AccountOf(settings["AiRegOpsStorage__blobServiceUri"]);
        var grants = template.RoleAssignments();
        var app = grants.Where(g => g.Principal == ArmEvaluator.AppPrincipal).ToList();
        var queue = $"storageAccounts/{dataAccount}/queueServices/default/queues/{settings["LabelChecksQueue"]}";

        // Blob Data Reader on each watched container (read from the setting the app parses), and on no other scope
        // than those and the release-evidence container.
        var watched = AiRegOps.Azure.Labels.LabelWatchList.Parse(settings["AiRegOps__LabelWatch"]).Select(w => w.Container).ToList();
        Assert.Equal(["ai-images", "ai-audio"], watched);
        foreach (var container in watched)
        {
            AssertGranted(app, BlobDataReader, $"storageAccounts/{dataAccount}/blobServices/default/containers/{container}");
        }

        var readable = watched.Append(settings["AiRegOps__DeploymentEvidenceContainers"]).Select(c => $"/containers/{c}").ToList();
        Assert.All(app.Where(g => g.Role == BlobDataReader), g => Assert.Contains(readable, r => g.Scope.EndsWith(r, StringComparison.Ordinal)));

        // The queue: read and process, never add; the poison queue: the host moves failures there.
        AssertGranted(app, QueueDataReader, queue);
        AssertGranted(app, QueueDataMessageProcessor, queue);
        Assert.DoesNotContain(app, g => g.Scope.EndsWith(queue, StringComparison.Ordinal) && g.Role is QueueDataContributor or QueueDataMessageSender);
        AssertGranted(app, QueueDataContributor, queue + "-poison");

        // Event Grid's identity may only send to that queue.
        var eventGrid = grants.Where(g => g.Principal == ArmEvaluator.EventGridPrincipal).ToList();
        var only = Assert.Single(eventGrid);
        Assert.Equal(QueueDataMessageSender, only.Role);
        Assert.EndsWith(queue, only.Scope, StringComparison.Ordinal);
    }

    [Fact]
    public void The_event_subscription_delivers_only_blob_created_events_of_the_watched_containers()
    {
        var template = new CompiledTemplate(ArmCloud.China);
        var subscription = template.Properties("Microsoft.EventGrid/systemTopics/eventSubscriptions")!;

        Assert.Equal("Microsoft.Storage.BlobCreated", Assert.Single(subscription["filter"]!["includedEventTypes"]!.AsArray())!.GetValue<string>());
        var filter = Assert.Single(subscription["filter"]!["advancedFilters"]!.AsArray())!;
        Assert.Equal("StringBeginsWith", (string?)filter["operatorType"]);
        Assert.Equal("subject", (string?)filter["key"]);
        Assert.Equal(
            ["/blobServices/default/containers/ai-images/blobs/", "/blobServices/default/containers/ai-audio/blobs/"],
            filter["values"]!.AsArray().Select(v => v!.GetValue<string>()));
        var destination = subscription["deliveryWithResourceIdentity"]!["destination"]!;
        Assert.Equal("StorageQueue", (string?)destination["endpointType"]);
        Assert.Equal(template.AppSettings()["LabelChecksQueue"], (string?)destination["properties"]!["queueName"]);
        Assert.Equal("SystemAssigned", (string?)subscription["deliveryWithResourceIdentity"]!["identity"]!["type"]);
    }

    [Fact]
    public void Without_watched_containers_there_is_no_event_subscription_and_no_blob_reader()
    {
        var template = new CompiledTemplate(ArmCloud.Public, overrides: new Dictionary<string, string> { ["labelWatch"] = string.Empty });
        var grants = template.RoleAssignments();

        Assert.Null(template.Properties("Microsoft.EventGrid/systemTopics/eventSubscriptions"));
        Assert.DoesNotContain(grants, g => g.Principal == ArmEvaluator.EventGridPrincipal);
        Assert.Single(grants, g => g.Role == BlobDataReader);
        Assert.Equal(string.Empty, template.AppSettings()["AiRegOps__LabelWatch"]);
    }

    [Fact]
    public void With_a_GitHub_App_the_identity_reads_the_private_key_secret_and_not_a_token()
    {
        var grants = new CompiledTemplate(ArmCloud.Public, gitHubApp: true).RoleAssignments();

        AssertGranted(grants, KeyVaultSecretsUser, "vaults/acme-kv/secrets/github-app-key");
        Assert.DoesNotContain(grants, g => g.Scope.EndsWith("secrets/github-token", StringComparison.Ordinal));
    }

    [Fact]
    public void The_release_pipeline_may_only_send_events_and_upload_release_evidence()
    {
        Assert.DoesNotContain(new CompiledTemplate(ArmCloud.Public).RoleAssignments(), g => g.Principal == "pipeline-sp");

        var template = new CompiledTemplate(ArmCloud.Public, releasePipelinePrincipalId: "pipeline-sp");
        var settings = template.AppSettings();
        var dataAccount = AccountOf(settings["AiRegOpsStorage__blobServiceUri"]);
        var pipeline = template.RoleAssignments().Where(g => g.Principal == "pipeline-sp").ToList();

        Assert.Equal(2, pipeline.Count);
        AssertGranted(pipeline, QueueDataMessageSender, $"storageAccounts/{dataAccount}/queueServices/default/queues/{settings["DeploymentEventsQueue"]}");
        AssertGranted(pipeline, BlobDataContributor, $"storageAccounts/{dataAccount}/blobServices/default/containers/{settings["AiRegOps__DeploymentEvidenceContainers"]}");
    }

    private static IEnumerable<string> TablesTheAppUses()
    {
        var evidence = AzureEvidenceStoreOptions.FromConnectionString("UseDevelopmentStorage=true");
        var stores = typeof(AzureEvidenceStoreOptions).Assembly.GetTypes()
            .Select(t => t.GetField("DefaultTableName", BindingFlags.Public | BindingFlags.Static))
            .Where(f => f is { IsLiteral: true })
            .Select(f => (string)f!.GetRawConstantValue()!)
            .ToList();
        Assert.NotEmpty(stores);
        return [evidence.LedgerTableName, evidence.StateTableName, .. stores];
    }

    private static void AssertGranted(IEnumerable<RoleGrant> grants, string role, string scopeSuffix) =>
        Assert.True(
            grants.Any(g => g.Role == role && g.Scope.EndsWith(scopeSuffix, StringComparison.Ordinal)),
            $"No role {role} on ...{scopeSuffix}. Granted: {string.Join("; ", grants.Select(g => $"{g.Role} on {g.Scope}"))}");

    private static string AccountOf(string endpoint) => new Uri(endpoint).Host.Split('.')[0];
}
