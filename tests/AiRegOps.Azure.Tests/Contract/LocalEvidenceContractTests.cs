using AiRegOps.Tests.Shared.Evidence;

namespace AiRegOps.Azure.Tests.Contract;

public sealed class LocalEvidenceContractTests : EvidenceContractTests
{
    protected override EvidenceHarness CreateHarness(TimeProvider? time = null) => new LocalHarness(time);
}
