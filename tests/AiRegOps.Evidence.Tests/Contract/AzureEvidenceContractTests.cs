using AiRegOps.Evidence.Tests.Infrastructure;

namespace AiRegOps.Evidence.Tests.Contract;

[Collection(AzuriteCollection.Name)]
public sealed class AzureEvidenceContractTests(AzuriteFixture azurite) : EvidenceContractTests
{
    protected override EvidenceHarness CreateHarness(TimeProvider? time = null) => new AzureHarness(azurite.ConnectionString, time);
}
