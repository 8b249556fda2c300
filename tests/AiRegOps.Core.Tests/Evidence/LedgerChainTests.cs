using AiRegOps.Core.Evidence;
using AiRegOps.Tests.Shared.Evidence;

namespace AiRegOps.Core.Tests.Evidence;

public sealed class LedgerChainTests
{
    private static readonly DateTimeOffset At = new(2025, 10, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_entry_round_trips_through_its_stored_form_with_the_same_hash()
    {
        var entry = LedgerChain.Seal(TestContent.Metadata() with { Note = "备案 \"quoted\"\n", CompletedOn = new DateOnly(2025, 9, 30) }, ContentHash.Of([1, 2]), 2, null, At);

        var parsed = LedgerChain.Parse(LedgerChain.Serialize(entry));

        Assert.Equal(entry, parsed);
        Assert.True(LedgerChain.HasValidHash(parsed));
        Assert.Equal(LedgerChain.GenesisHash, parsed.PreviousHash);
    }

    [Fact]
    public void Every_field_is_covered_by_the_entry_hash()
    {
        var entry = LedgerChain.Seal(TestContent.Metadata(), ContentHash.Of([1]), 1, new LedgerHead(4, new string('a', 64)), At);
        var changes = new[]
        {
            entry with { Sequence = 6 },
            entry with { Timestamp = At.AddTicks(1) },
            entry with { Size = 2 },
            entry with { ContentHash = ContentHash.Of([2]) },
            entry with { PreviousHash = new string('b', 64) },
            entry with { Metadata = entry.Metadata with { Period = "FY2026" } },
            entry with { Metadata = entry.Metadata with { DeploymentId = "x" } },
            entry with { Metadata = entry.Metadata with { Note = null } },
            entry with { Metadata = entry.Metadata with { AddedBy = "someone" } },
        };

        Assert.Equal(5, entry.Sequence);
        Assert.All(changes, changed => Assert.False(LedgerChain.HasValidHash(changed)));
    }

    [Fact]
    public void A_stored_form_that_is_not_an_entry_is_a_format_error()
    {
        Assert.Throws<FormatException>(() => LedgerChain.Parse("{\"v\":1}"));
        Assert.Throws<FormatException>(() => LedgerChain.Parse("not json"));
    }

    [Fact]
    public async Task Reading_a_changed_blob_to_the_end_throws_naming_it()
    {
        var expected = ContentHash.Of([1, 2, 3]);
        await using var stream = new VerifyingReadStream(new MemoryStream([1, 2, 4]), expected, expected.BlobName);

        var error = await Assert.ThrowsAsync<EvidenceIntegrityException>(() => stream.CopyToAsync(Stream.Null));

        Assert.Contains(expected.BlobName, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_hashes_parse_from_hex_prefixed_and_blob_name_forms()
    {
        var hash = ContentHash.Of([1]);

        Assert.Equal(hash, ContentHash.Parse(hash.Hex.ToUpperInvariant()));
        Assert.Equal(hash, ContentHash.Parse(hash.ToString()));
        Assert.True(ContentHash.TryParseBlobName(hash.BlobName, out var fromName));
        Assert.Equal(hash, fromName);
        Assert.False(ContentHash.TryParse("abc", out _));
    }
}
