// AiRegOps Functions app: Linux, isolated worker, .NET 10, Flex Consumption. No secret in this file: storage is
// reached by the app's system-assigned identity, and the GitHub token is a Key Vault reference resolved by the platform.

@description('Name prefix for the resources (lower-case letters and digits).')
@minLength(3)
@maxLength(11)
param prefix string

param location string = resourceGroup().location

@description('Repositories to watch: owner/name or owner/name:path/airegops.yml, comma-separated.')
param watchedRepositories string

@description('Secret URI of the GitHub token in Key Vault, e.g. https://myvault.vault.azure.net/secrets/github-token/.')
param gitHubTokenSecretUri string

@description('Name of the Key Vault that holds the token (the app identity gets Key Vault Secrets User on it).')
param keyVaultName string

@description('GitHub Enterprise Server root; empty for github.com.')
param gitHubBaseUrl string = ''

param obligationSweepSchedule string = '0 0 1 * * *'
param repositoryWatchSchedule string = '0 */30 * * * *'
param deploymentEventsQueue string = 'deployment-events'
param watcherEventsQueue string = 'watcher-events'
param evidenceContainer string = 'evidence'

var storageName = '${prefix}${uniqueString(resourceGroup().id)}'
var appName = '${prefix}-airegops'
var deploymentContainer = 'app-package'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take(storageName, 24)
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

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [for name in [evidenceContainer, 'release-evidence', deploymentContainer]: {
  parent: blobService
  name: name
}]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = [for name in [deploymentEventsQueue, '${deploymentEventsQueue}-poison', watcherEventsQueue, '${watcherEventsQueue}-poison']: {
  parent: queueService
  name: name
}]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [for name in ['watcherstate', 'serviceevents', 'deploymentmessages', 'reminderwork', 'evidenceledger', 'obligationstate']: {
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
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainer}'
          authentication: { type: 'SystemAssignedIdentity' }
        }
      }
      scaleAndConcurrency: { maximumInstanceCount: 40, instanceMemoryMB: 2048 }
      runtime: { name: 'dotnet-isolated', version: '10.0' }
    }
    siteConfig: {
      appSettings: [
        { name: 'AzureWebJobsStorage__accountName', value: storage.name }
        { name: 'AiRegOpsStorage__accountName', value: storage.name }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'Authorization=AAD' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'ObligationSweepSchedule', value: obligationSweepSchedule }
        { name: 'RepositoryWatchSchedule', value: repositoryWatchSchedule }
        { name: 'DeploymentEventsQueue', value: deploymentEventsQueue }
        { name: 'WatcherEventsQueue', value: watcherEventsQueue }
        { name: 'AiRegOps__WatchedRepositories', value: watchedRepositories }
        { name: 'AiRegOps__GitHubToken', value: '@Microsoft.KeyVault(SecretUri=${gitHubTokenSecretUri})' }
        { name: 'AiRegOps__GitHubBaseUrl', value: gitHubBaseUrl }
        { name: 'AiRegOps__EvidenceContainer', value: evidenceContainer }
      ]
    }
  }
}

// Storage Blob Data Owner (the host's own blobs and leases), Queue Data Contributor, Table Data Contributor.
var roles = [
  'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
]

resource storageRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in roles: {
  name: guid(storage.id, app.id, role)
  scope: storage
  properties: {
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
  }
}]

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

// Key Vault Secrets User: read the GitHub token through the Key Vault reference.
resource vaultRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, app.id, '4633458b-17de-408a-b874-0445c86b69e6')
  scope: vault
  properties: {
    principalId: app.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
  }
}

output functionAppName string = app.name
output storageAccountName string = storage.name
output principalId string = app.identity.principalId
