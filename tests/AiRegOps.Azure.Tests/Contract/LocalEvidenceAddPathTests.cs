using AiRegOps.Tests.Shared.Evidence;

namespace AiRegOps.Azure.Tests.Contract;

public sealed class LocalEvidenceAddPathTests : EvidenceAddPathContractTests
{
    protected override EvidenceHarness CreateHarness() => new LocalHarness();
}
