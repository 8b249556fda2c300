using AiRegOps.Core.Evidence;
using AiRegOps.Core.State;
using AiRegOps.Tests.Shared.Evidence;

namespace AiRegOps.Azure.Tests.Contract;

/// <summary>Issue 9: corrections without deletion. A revocation is appended; nothing is removed; the chain verifies.</summary>
public abstract partial class EvidenceContractTests
{
    [Fact]
    public async Task A_revocation_is_appended_the_chain_verifies_and_the_revoked_evidence_stops_counting()
    {
        await using var h = CreateHarness();
        var kept = await h.Service.AddAsync(new MemoryStream([1, 2, 3]), TestContent.Metadata(obligation: "annual-report", period: "FY2024"));
        var revoked = await h.Service.AddAsync(new MemoryStream([4, 5, 6]), TestContent.Metadata(obligation: "annual-report", period: "FY2025"));
        Assert.Equal(2, (await h.Service.GetCompletionsAsync(Service)).Count);

        var entries = await h.Service.RevokeAsync(Service, revoked.Hash, "signed by the wrong officer", "auditor");

        var revocation = Assert.Single(entries);
        Assert.Equal(3, revocation.Sequence);
        Assert.Equal("auditor", revocation.Metadata.AddedBy);
        Assert.Equal(Revocations.ContentType, revocation.Metadata.ContentType);
        Assert.Contains("signed by the wrong officer", revocation.Metadata.Note, StringComparison.Ordinal);

        var another = h.OpenAnother();
        var completions = await another.GetCompletionsAsync(Service);
        var left = Assert.Single(completions);
        Assert.Equal("FY2024", left.Period);
        Assert.Equal(3, (await another.QueryAsync(new EvidenceQuery { Service = Service })).Count);
        Assert.True((await another.VerifyAsync()).IsValid);
        Assert.NotNull(await another.OpenReadAsync(kept.Hash));
    }

    [Fact]
    public async Task Revoking_twice_for_the_same_reason_appends_once_and_unknown_content_is_not_found()
    {
        await using var h = CreateHarness();
        var record = await h.Service.AddAsync(new MemoryStream([7, 8]), TestContent.Metadata());

        Assert.Single(await h.Service.RevokeAsync(Service, record.Hash, "duplicate upload", "me"));
        Assert.Empty(await h.Service.RevokeAsync(Service, record.Hash, "duplicate upload", "me"));
        await Assert.ThrowsAsync<EvidenceNotFoundException>(() => h.Service.RevokeAsync(Service, ContentHash.Of([9]), "x", "me"));
    }

    [Fact]
    public async Task A_revoked_fact_stops_counting()
    {
        await using var h = CreateHarness();
        var fact = new ObligationStateRecord { Service = Service, ObligationId = "algorithm-filing", Period = "launched@2025-09-26", CompletedOn = new DateOnly(2025, 9, 27), Kind = ObligationStateKind.Filing, Reference = "wrong-number" };
        await h.Service.RecordCompletionAsync(fact);
        var entry = Assert.Single(await h.Service.QueryAsync(new EvidenceQuery { Service = Service }));

        await h.Service.RevokeAsync(Service, entry.Hash, "wrong filing number", "me", "algorithm-filing");

        Assert.Empty(await h.OpenAnother().GetCompletionsAsync(Service));
        Assert.True((await h.Service.VerifyAsync()).IsValid);
    }
}
