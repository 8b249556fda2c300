using AiRegOps.Core.Evidence;
using AiRegOps.Core.State;
using AiRegOps.Tests.Shared.Evidence;

namespace AiRegOps.Azure.Tests.Contract;

/// <summary>Issue 10, item 5: what counts is derived from the hash-chained ledger, and the verifier reads the stored bytes, bounded.</summary>
public abstract partial class EvidenceContractTests
{
    [Fact]
    public async Task State_written_behind_the_ledgers_back_does_not_count_and_verification_reports_it()
    {
        await using var h = CreateHarness();
        await AddSeveral(h, 1);
        var forged = new ObligationStateRecord { Service = Service, ObligationId = "algorithm-filing", Period = "launched@2025-09-26", CompletedOn = new DateOnly(2025, 9, 27), Kind = ObligationStateKind.Filing, Reference = "forged" };
        await h.Service.State.RecordAsync(forged, CancellationToken.None);

        var completions = await h.OpenAnother().GetCompletionsAsync(Service);
        var report = await h.Service.VerifyAsync();

        Assert.DoesNotContain(completions, c => c.ObligationId == "algorithm-filing");
        var warning = Assert.Single(report.Problems, p => p.Kind == VerificationProblemKind.StateNotInLedger);
        Assert.Contains("algorithm-filing", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recorded_fact_is_a_ledger_entry_and_changing_it_is_detected()
    {
        await using var h = CreateHarness();
        await h.Service.RecordCompletionAsync(new ObligationStateRecord { Service = Service, ObligationId = "ethics-registration", CompletedOn = new DateOnly(2025, 1, 2), Kind = ObligationStateKind.EthicsRegistration });
        Assert.Single(await h.Service.QueryAsync(new EvidenceQuery { Service = Service }));

        await h.ChangeEntryAsync(Service, 1, json => json.Replace("2025-01-02", "2025-01-01", StringComparison.Ordinal));

        Assert.False((await h.Service.VerifyAsync()).IsValid);
        var error = await Assert.ThrowsAsync<LedgerIntegrityException>(() => h.OpenAnother().GetCompletionsAsync(Service));
        Assert.Contains("does not verify", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"extra\":\"x\",")]
    [InlineData("{\"period\":\"FY1999\",")]
    public async Task An_unknown_or_repeated_property_in_a_stored_entry_is_detected(string prefix)
    {
        await using var h = CreateHarness();
        await AddSeveral(h, 3);
        await h.ChangeEntryAsync(Service, 2, json => prefix + json[1..]);

        var problem = Assert.Single((await h.Service.VerifyAsync()).Errors, p => p.Kind == VerificationProblemKind.EntryUnreadable);

        Assert.Matches("not part of a ledger entry|appears twice", problem.Message);
    }

    [Fact]
    public async Task A_stored_entry_that_is_not_byte_for_byte_canonical_is_detected()
    {
        await using var h = CreateHarness();
        await AddSeveral(h, 2);
        await h.ChangeEntryAsync(Service, 1, json => json.Replace(",\"seq\":1,", ", \"seq\":1,", StringComparison.Ordinal));

        var problem = Assert.Single((await h.Service.VerifyAsync()).Errors, p => p.Kind == VerificationProblemKind.EntryUnreadable);

        Assert.Contains("canonical", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_the_head_does_not_hide_the_ledger_or_the_edits_in_it()
    {
        await using var h = CreateHarness();
        await AddSeveral(h, 3);
        await h.DeleteHeadAsync(Service);
        await h.ChangeEntryAsync(Service, 3, json => json.Replace("FY2022", "FY1999", StringComparison.Ordinal));

        var report = await h.OpenAnother().VerifyAsync();

        Assert.Contains(Service, report.Services);
        Assert.Contains(report.Errors, p => p.Kind == VerificationProblemKind.EntryChanged && p.Sequence == 3);
        Assert.Contains(report.Errors, p => p.Kind == VerificationProblemKind.HeadMissing);
    }

    [Fact]
    public async Task A_forged_huge_sequence_number_is_reported_without_walking_to_it()
    {
        await using var h = CreateHarness();
        await AddSeveral(h, 2);
        await h.ChangeEntryAsync(Service, 2, json =>
        {
            var entry = LedgerChain.Parse(json) with { Sequence = 9_000_000_000_000_000_000 };
            return LedgerChain.SerializeToString(entry with { EntryHash = LedgerChain.ComputeHash(entry) });
        });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        var report = await h.Service.VerifyAsync(cancellationToken: cancel.Token);

        Assert.Contains(report.Errors, p => p.Kind == VerificationProblemKind.EntryMissing && p.Message.Contains("entries 2 to 8999999999999999999 are missing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_ledger_entry_whose_state_write_never_happened_still_counts()
    {
        // What a kill -9 between the ledger append and a separate state write used to leave behind.
        await using var h = CreateHarness();
        var stored = await h.Service.Store.PutAsync(new MemoryStream([9, 9, 9]), CancellationToken.None);
        await h.Service.Ledger.AppendAsync(TestContent.Metadata(obligation: "security-assessment"), stored.Hash, stored.Size, CancellationToken.None);

        var completion = Assert.Single(await h.OpenAnother().GetCompletionsAsync(Service));

        Assert.Equal("security-assessment", completion.ObligationId);
    }
}
