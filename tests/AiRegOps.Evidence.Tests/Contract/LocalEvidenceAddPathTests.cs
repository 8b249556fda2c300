namespace AiRegOps.Evidence.Tests.Contract;

public sealed class LocalEvidenceAddPathTests : EvidenceAddPathContractTests
{
    protected override EvidenceHarness CreateHarness() => new LocalHarness();
}
