// AiRegOps Functions app: Linux, isolated worker, .NET 10, Flex Consumption. No secret in this file: storage is
// reached by the app's system-assigned identity, and the GitHub credential is a Key Vault reference resolved by the
// platform. Every endpoint comes from the cloud the deployment runs in (environment()), so the same template deploys
// to Azure (global), Azure China and Azure US Government.
//
// Two storage accounts keep the least privilege honest: the host's account (its own leases, keys and the deployment
// package), where the Functions host needs account-wide rights, and the data account (evidence, ledgers, queues),
// where every data role is scoped to the one container, queue or table the app uses.

@description('Name prefix for the resources (lower-case letters and digits).')
@minLength(3)
@maxLength(11)
param prefix string

param location string = resourceGroup().location

@description('Repositories to watch: owner/name or owner/name:path/airegops.yml, comma-separated.')
param watchedRepositories string

@description('Name of the Key Vault (RBAC authorisation) that holds the GitHub token or the GitHub App private key.')
param keyVaultName string

@description('Secret URI of a GitHub token in that vault (https://myvault.vault.azure.net/secrets/github-token/). Empty when a GitHub App signs in.')
param gitHubTokenSecretUri string = ''

@description('GitHub App id; with gitHubAppInstallationId and gitHubAppPrivateKeySecretUri, the app signs in as that installation instead of with a token.')
param gitHubAppId string = ''

@description('Installation id of the GitHub App on the organisation or account that owns the watched repositories.')
param gitHubAppInstallationId string = ''

@description('Secret URI of the GitHub App private key (PEM) in the vault.')
param gitHubAppPrivateKeySecretUri string = ''

@description('GitHub Enterprise Server root (https://ghe.example.com/); empty for github.com.')
param gitHubBaseUrl string = ''

@description('Object id of the release pipeline identity (service principal) that sends deployment events; empty to grant it later.')
param releasePipelinePrincipalId string = ''

param obligationSweepSchedule string = '0 0 1 * * *'
param repositoryWatchSchedule string = '0 */30 * * * *'
param deploymentEventsQueue string = 'deployment-events'
param watcherEventsQueue string = 'watcher-events'
param evidenceContainer string = 'evidence'
param releaseEvidenceContainer string = 'release-evidence'

@description('Containers whose new blobs are checked for the GB 45438-2025 implicit label, and whose output they are: container=service[:obligation+obligation], comma-separated (e.g. ai-images=chat-service). Empty: no label check.')
param labelWatch string = ''

@description('Queue the Event Grid subscription delivers the watched containers\' BlobCreated events to.')
param labelChecksQueue string = 'blob-label-checks'

var useGitHubApp = !empty(gitHubAppId)
var suffix = uniqueString(resourceGroup().id)
var appName = '${prefix}-airegops'
var deploymentContainer = 'app-package'
var secretUris = useGitHubApp ? [gitHubAppPrivateKeySecretUri] : [gitHubTokenSecretUri]
var tableNames = ['watcherstate', 'serviceevents', 'deploymentmessages', 'reminderwork', 'evidenceledger', 'obligationstate', 'labelfindings', 'labelchecks']

// The label check: the containers named in labelWatch, and the Event Grid subject prefix of each one's blobs.
var labelContainers = [for entry in (empty(labelWatch) ? [] : split(labelWatch, ',')): trim(split(entry, '=')[0])]
var labelSubjectPrefixes = [for name in labelContainers: '/blobServices/default/containers/${name}/blobs/']
var queueNames = [deploymentEventsQueue, '${deploymentEventsQueue}-poison', watcherEventsQueue, '${watcherEventsQueue}-poison']

// Built-in role ids (the same in every Azure cloud).
var role = {
  blobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  blobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  blobDataReader: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'
  queueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  queueDataMessageSender: 'c6a89b2d-59bc-44d0-9896-0f6e12d7b80a'
  queueDataMessageProcessor: '8a0f0c08-91a1-4084-bc3d-661d67233fed'
  queueDataReader: '19e7f2c0-de65-4cf5-9e50-4a4c4b1ba0d0'
  tableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

resource hostStorage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take('${prefix}h${suffix}', 24)
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource hostBlobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: hostStorage
  name: 'default'
}

resource deploymentPackages 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: hostBlobService
  name: deploymentContainer
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take('${prefix}d${suffix}', 24)
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource evidenceBlobs 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: evidenceContainer
}

resource releaseEvidenceBlobs 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: releaseEvidenceContainer
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [for name in queueNames: {
  parent: queueService
  name: name
}]

// The containers whose new blobs are label-checked (created if missing; an existing container is left as it is).
resource labelBlobs 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [for name in labelContainers: {
  parent: blobService
  name: name
}]

resource labelQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = {
  parent: queueService
  name: labelChecksQueue
}

resource labelPoisonQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = {
  parent: queueService
  name: '${labelChecksQueue}-poison'
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [for name in tableNames: {
  parent: tableService
  name: name
}]

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${appName}-ai'
  location: location
  kind: 'web'
  properties: { Application_Type: 'web', DisableLocalAuth: true }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${appName}-plan'
  location: location
  kind: 'functionapp'
  sku: { tier: 'FlexConsumption', name: 'FC1' }
  properties: { reserved: true }
}

// The GitHub credential: a token, or a GitHub App (id, installation, private key). Only the chosen one is set, so the
// app's start-up validation sees exactly what was deployed.
var gitHubAuthSettings = useGitHubApp
  ? [
      { name: 'AiRegOps__GitHubAppId', value: gitHubAppId }
      { name: 'AiRegOps__GitHubAppInstallationId', value: gitHubAppInstallationId }
      { name: 'AiRegOps__GitHubAppPrivateKey', value: '@Microsoft.KeyVault(SecretUri=${gitHubAppPrivateKeySecretUri})' }
    ]
  : [
      { name: 'AiRegOps__GitHubToken', value: '@Microsoft.KeyVault(SecretUri=${gitHubTokenSecretUri})' }
    ]
var gitHubServerSettings = empty(gitHubBaseUrl) ? [] : [{ name: 'AiRegOps__GitHubBaseUrl', value: gitHubBaseUrl }]

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  kind: 'functionapp,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${hostStorage.properties.primaryEndpoints.blob}${deploymentContainer}'
          authentication: { type: 'SystemAssignedIdentity' }
        }
      }
      scaleAndConcurrency: { maximumInstanceCount: 40, instanceMemoryMB: 2048 }
      runtime: { name: 'dotnet-isolated', version: '10.0' }
    }
    siteConfig: {
      // Service URIs rather than account names: the host and the app then use the cloud's own storage suffix
      // (core.windows.net, core.chinacloudapi.cn, core.usgovcloudapi.net) without knowing it.
      appSettings: concat([
        { name: 'AzureWebJobsStorage__blobServiceUri', value: hostStorage.properties.primaryEndpoints.blob }
        { name: 'AzureWebJobsStorage__queueServiceUri', value: hostStorage.properties.primaryEndpoints.queue }
        { name: 'AzureWebJobsStorage__tableServiceUri', value: hostStorage.properties.primaryEndpoints.table }
        { name: 'AiRegOpsStorage__blobServiceUri', value: storage.properties.primaryEndpoints.blob }
        { name: 'AiRegOpsStorage__queueServiceUri', value: storage.properties.primaryEndpoints.queue }
        { name: 'AiRegOpsStorage__tableServiceUri', value: storage.properties.primaryEndpoints.table }
        { name: 'AiRegOps__AzureCloud', value: environment().name }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'Authorization=AAD' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'ObligationSweepSchedule', value: obligationSweepSchedule }
        { name: 'RepositoryWatchSchedule', value: repositoryWatchSchedule }
        { name: 'DeploymentEventsQueue', value: deploymentEventsQueue }
        { name: 'WatcherEventsQueue', value: watcherEventsQueue }
        { name: 'LabelChecksQueue', value: labelChecksQueue }
        { name: 'AiRegOps__WatchedRepositories', value: watchedRepositories }
        { name: 'AiRegOps__EvidenceContainer', value: evidenceContainer }
        { name: 'AiRegOps__DeploymentEvidenceContainers', value: releaseEvidenceContainer }
        { name: 'AiRegOps__LabelWatch', value: labelWatch }
      ], gitHubAuthSettings, gitHubServerSettings)
    }
  }
}

// ---- The app's identity: every role the settings above assume, each on the narrowest scope Azure allows. ----

// Host account, Storage Blob Data Owner on the account: the Functions host creates and leases its own containers
// (azure-webjobs-hosts, azure-webjobs-secrets) and Flex Consumption reads the package from app-package.
resource hostBlobOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(hostStorage.id, app.id, role.blobDataOwner)
  scope: hostStorage
  properties: {
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.blobDataOwner)
  }
}

// Host account, Storage Queue Data Contributor and Table Data Contributor: AzureWebJobsStorage__queueServiceUri and
// __tableServiceUri are the host's own bookkeeping (timer schedule monitor, scale and diagnostics), never our data.
resource hostQueueContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(hostStorage.id, app.id, role.queueDataContributor)
  scope: hostStorage
  properties: {
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.queueDataContributor)
  }
}

resource hostTableContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(hostStorage.id, app.id, role.tableDataContributor)
  scope: hostStorage
  properties: {
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.tableDataContributor)
  }
}

// Data account, Storage Blob Data Contributor on the evidence container only: the evidence store writes the
// content-addressed files there (AiRegOps__EvidenceContainer). No delete is ever issued; Contributor is the narrowest
// built-in role that can write.
resource evidenceWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(evidenceBlobs.id, app.id, role.blobDataContributor)
  scope: evidenceBlobs
  properties: {
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.blobDataContributor)
  }
}

// Data account, Storage Blob Data Reader on the release-evidence container only: deployment events name files the
// release pipeline uploaded there; the app reads them and copies them into the evidence store, never writes here.
resource releaseEvidenceReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(releaseEvidenceBlobs.id, app.id, role.blobDataReader)
  scope: releaseEvidenceBlobs
  properties: {
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.blobDataReader)
  }
}

// Data account, Storage Queue Data Contributor on each of the four queues: the triggers receive and delete messages
// and move failures to the -poison queues; the watcher puts messages on watcher-events.
resource queueContributors 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for (name, i) in queueNames: {
  name: guid(queues[i].id, app.id, role.queueDataContributor)
  scope: queues[i]
  properties: {
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.queueDataContributor)
  }
}]

// Data account, Storage Table Data Contributor on each of the six tables: watcher state, recorded events, processed
// deployment messages, the reminder work queue, the evidence ledger and obligation state are read and written.
resource tableContributors 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for (name, i) in tableNames: {
  name: guid(tables[i].id, app.id, role.tableDataContributor)
  scope: tables[i]
  properties: {
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.tableDataContributor)
  }
}]

// Data account, Storage Blob Data Reader on each watched container only: the label check reads ranges of new blobs
// there and never writes.
resource labelReaders 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for (name, i) in labelContainers: {
  name: guid(labelBlobs[i].id, app.id, role.blobDataReader)
  scope: labelBlobs[i]
  properties: {
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.blobDataReader)
  }
}]

// Data account, on the label-check queue only: Storage Queue Data Reader (the trigger reads the queue's length to
// scale) and Message Processor (receive and delete), not Contributor: the app never adds messages there.
resource labelQueueReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(labelQueue.id, app.id, role.queueDataReader)
  scope: labelQueue
  properties: {
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.queueDataReader)
  }
}

resource labelQueueProcessor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(labelQueue.id, app.id, role.queueDataMessageProcessor)
  scope: labelQueue
  properties: {
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.queueDataMessageProcessor)
  }
}

// Storage Queue Data Contributor on its poison queue: the host moves a message there after maxDequeueCount failures.
resource labelPoisonContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(labelPoisonQueue.id, app.id, role.queueDataContributor)
  scope: labelPoisonQueue
  properties: {
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.queueDataContributor)
  }
}

// Monitoring Metrics Publisher on Application Insights: DisableLocalAuth turns off the instrumentation key, so the
// host sends telemetry with the identity (APPLICATIONINSIGHTS_AUTHENTICATION_STRING=Authorization=AAD) and needs this.
resource telemetryPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(insights.id, app.id, role.monitoringMetricsPublisher)
  scope: insights
  properties: {
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.monitoringMetricsPublisher)
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

// Key Vault Secrets User on the one secret the app reads (the token, or the GitHub App private key), not the vault:
// the platform resolves the @Microsoft.KeyVault reference with the app's identity. The name is the URI's 5th segment.
resource gitHubSecrets 'Microsoft.KeyVault/vaults/secrets@2023-07-01' existing = [for uri in secretUris: {
  parent: vault
  name: split(uri, '/')[4]
}]

resource secretReaders 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for (uri, i) in secretUris: {
  name: guid(vault.id, split(uri, '/')[4], app.id, role.keyVaultSecretsUser)
  scope: gitHubSecrets[i]
  properties: {
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.keyVaultSecretsUser)
  }
}]

// ---- The release pipeline: the only identity that writes into the app's inputs. ----

// Storage Queue Data Message Sender on deployment-events: it can add messages, not read or delete them.
resource pipelineSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(releasePipelinePrincipalId)) {
  name: guid(queues[0].id, releasePipelinePrincipalId, role.queueDataMessageSender)
  scope: queues[0]
  properties: {
    principalId: releasePipelinePrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.queueDataMessageSender)
  }
}

// Storage Blob Data Contributor on release-evidence only: it uploads the evidence files its events name.
resource pipelineUploader 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(releasePipelinePrincipalId)) {
  name: guid(releaseEvidenceBlobs.id, releasePipelinePrincipalId, role.blobDataContributor)
  scope: releaseEvidenceBlobs
  properties: {
    principalId: releasePipelinePrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.blobDataContributor)
  }
}

// ---- Event Grid: BlobCreated events of the watched containers, onto the label-check queue. ----

// The data account's system topic, with an identity of its own: shared keys are off, so Event Grid delivers to the
// queue as that identity, which may only send messages to that one queue.
resource blobEvents 'Microsoft.EventGrid/systemTopics@2022-06-15' = if (!empty(labelWatch)) {
  name: '${appName}-blob-events'
  location: location
  identity: { type: 'SystemAssigned' }
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

resource blobEventsSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(labelWatch)) {
  name: guid(labelQueue.id, blobEvents.id, role.queueDataMessageSender)
  scope: labelQueue
  properties: {
    principalId: blobEvents!.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.queueDataMessageSender)
  }
}

// BlobCreated only, and only for blobs under the watched containers (subject prefixes; Event Grid takes 25 values).
resource blobCreatedToQueue 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2022-06-15' = if (!empty(labelWatch)) {
  parent: blobEvents
  name: 'blob-label-checks'
  dependsOn: [blobEventsSender]
  properties: {
    eventDeliverySchema: 'EventGridSchema'
    deliveryWithResourceIdentity: {
      identity: { type: 'SystemAssigned' }
      destination: {
        endpointType: 'StorageQueue'
        properties: {
          resourceId: storage.id
          queueName: labelQueue.name
          queueMessageTimeToLiveInSeconds: 604800
        }
      }
    }
    filter: {
      includedEventTypes: ['Microsoft.Storage.BlobCreated']
      advancedFilters: [
        {
          operatorType: 'StringBeginsWith'
          key: 'subject'
          values: labelSubjectPrefixes
        }
      ]
    }
    retryPolicy: { maxDeliveryAttempts: 30, eventTimeToLiveInMinutes: 1440 }
  }
}

output functionAppName string = app.name
output hostStorageAccountName string = hostStorage.name
output storageAccountName string = storage.name
output principalId string = app.identity.principalId
output azureCloud string = environment().name
output deploymentEventsQueueUrl string = '${storage.properties.primaryEndpoints.queue}${deploymentEventsQueue}'
output labelChecksQueueUrl string = '${storage.properties.primaryEndpoints.queue}${labelChecksQueue}'
output releaseEvidenceContainerUrl string = '${storage.properties.primaryEndpoints.blob}${releaseEvidenceContainer}'
