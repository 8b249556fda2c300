using System.Net;
using System.Net.Sockets;
using AiRegOps.Azure.Tests.Contract;
using AiRegOps.Azure.Tests.Infrastructure;
using AiRegOps.Core.Evidence;
using AiRegOps.Tests.Shared;
using AiRegOps.Tests.Shared.Evidence;

namespace AiRegOps.Azure.Tests;

/// <summary>A connection string or key never appears in any error or output.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SecretLeakTests(AzuriteFixture azurite)
{
    private static readonly string Key = AzuriteProcess.AccountKey;

    [Fact]
    public async Task An_unreachable_endpoint_is_named_but_the_key_is_not_on_any_path()
    {
        var port = ClosedPort();
        var connectionString = AzuriteProcess.ConnectionStringFor(port, port, port);
        var options = AzureEvidenceStoreOptions.FromConnectionString(connectionString) with { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(5) };
        var service = EvidenceService.Create(options);

        var errors = new List<Exception>
        {
            await Assert.ThrowsAsync<EvidenceStoreException>(() => service.AddAsync(new MemoryStream([1, 2, 3]), TestContent.Metadata())),
            await Assert.ThrowsAsync<EvidenceStoreException>(() => service.QueryAsync()),
            await Assert.ThrowsAsync<EvidenceStoreException>(() => service.VerifyAsync()),
            await Assert.ThrowsAsync<EvidenceStoreException>(() => service.GetCompletionsAsync("chat-svc")),
            await Assert.ThrowsAsync<EvidenceStoreException>(() => service.Ledger.AppendAsync(TestContent.Metadata(), ContentHash.Of([1]), 1, default)),
            await Assert.ThrowsAsync<EvidenceStoreException>(() => service.SaveAsync(ContentHash.Of([1]), Path.GetTempFileName(), overwrite: true)),
        };

        foreach (var error in errors.Cast<EvidenceStoreException>())
        {
            Assert.Contains("unreachable", error.Message, StringComparison.Ordinal);
            Assert.Contains($"127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
            Assert.Contains(AzuriteProcess.AccountName, error.Message, StringComparison.Ordinal);
            AssertNoSecret(error);
        }

        AssertNoSecret(options.ToString());
        AssertNoSecret(service.Location);
    }

    [Fact]
    public async Task A_wrong_key_is_refused_without_showing_either_key()
    {
        var wrongKey = Convert.ToBase64String(TestContent.Random(64, 5));
        var connectionString = azurite.ConnectionString.Replace(Key, wrongKey, StringComparison.Ordinal);
        var service = EvidenceService.Create(AzureEvidenceStoreOptions.FromConnectionString(connectionString) with { MaxRetries = 0 });

        var error = await Assert.ThrowsAsync<EvidenceStoreException>(() => service.AddAsync(new MemoryStream([1]), TestContent.Metadata()));

        Assert.Equal(403, error.Status);
        Assert.Contains("refused", error.Message, StringComparison.Ordinal);
        AssertNoSecret(error, wrongKey);
    }

    [Fact]
    public void A_malformed_connection_string_is_rejected_without_echoing_it()
    {
        var malformed = $"AccountName=devstoreaccount1;AccountKey={Key};BlobEndpoint=::not a uri::";

        var error = Assert.ThrowsAny<Exception>(() => EvidenceService.Create(AzureEvidenceStoreOptions.FromConnectionString(malformed)));

        AssertNoSecret(error);
    }

    [Fact]
    public async Task Errors_from_a_live_store_carry_no_secret()
    {
        await using var h = new AzureHarness(azurite.ConnectionString);
        var missing = ContentHash.Of([9, 9, 9]);

        var notFound = await Assert.ThrowsAsync<EvidenceNotFoundException>(() => h.Service.OpenReadAsync(missing));
        var record = await h.Service.AddAsync(new MemoryStream([1, 2, 3]), TestContent.Metadata());
        await h.OverwriteBlobAsync(record.Hash, [3, 2, 1]);
        var changed = await Assert.ThrowsAsync<EvidenceIntegrityException>(() => h.Service.SaveAsync(record.Hash, Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))));

        Assert.Contains(missing.BlobName, notFound.Message, StringComparison.Ordinal);
        AssertNoSecret(notFound);
        AssertNoSecret(changed);
        AssertNoSecret(h.Options.ToString());
        AssertNoSecret(h.Service.Location);
        AssertNoSecret((await h.Service.VerifyAsync()).ToString());
    }

    [Fact]
    public void The_redactor_masks_keys_signatures_and_registered_secrets()
    {
        var redactor = new SecretRedactor([Key]);
        var text = $"cs={azurite.ConnectionString} url=https://a.blob.core.windows.net/c/b?sv=2024&sig=abc%2Bdef&se=x " +
                   $"Authorization: SharedKey devstoreaccount1:{Key} encoded={Uri.EscapeDataString(Key)} Bearer eyJhbGciOi.xyz";

        var redacted = redactor.Redact(text);

        AssertNoSecret(redacted);
        Assert.DoesNotContain("abc%2Bdef", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("eyJhbGciOi", redacted, StringComparison.Ordinal);
        Assert.Contains("AccountName=devstoreaccount1", redacted, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1", redacted, StringComparison.Ordinal);
        Assert.Equal("AccountKey=***;", SecretRedactor.RedactPatterns("AccountKey=secret-value;"));
    }

    private static void AssertNoSecret(Exception error, string? otherKey = null) => AssertNoSecret($"{error}\n{(error as EvidenceStoreException)?.Detail}", otherKey);

    private static void AssertNoSecret(string text, string? otherKey = null)
    {
        Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Uri.EscapeDataString(Key), text, StringComparison.Ordinal);
        Assert.DoesNotContain(Key[..20], text, StringComparison.Ordinal);
        if (otherKey is not null)
        {
            Assert.DoesNotContain(otherKey[..20], text, StringComparison.Ordinal);
        }
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
