using AiRegOps.Azure.Tests.Infrastructure;
using AiRegOps.Tests.Shared.Evidence;

namespace AiRegOps.Azure.Tests.Contract;

[Collection(AzuriteCollection.Name)]
public sealed class AzureEvidenceContractTests(AzuriteFixture azurite) : EvidenceContractTests
{
    protected override EvidenceHarness CreateHarness(TimeProvider? time = null) => new AzureHarness(azurite.ConnectionString, time);
}
