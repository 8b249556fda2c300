using System.Security.Cryptography;
using System.Text;
using AiRegOps.Core.Watch;
using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Queues;

namespace AiRegOps.Azure.Watch;

/// <summary>
/// The release manager's path: uploads the evidence files of a deployment to the release-evidence container and puts
/// the deployment event on the queue the DeploymentEvents function reads. The message is built and validated by the
/// function's own reader before anything is written, so a bad event writes nothing. Uploads are idempotent: a blob
/// that already holds the same bytes is kept; one with other bytes is an error, never overwritten.
/// </summary>
public sealed class DeploymentEventSender
{
    /// <summary>A queue message is at most 64 KiB once base64-encoded, as the Functions queue trigger expects.</summary>
    public const int MaxMessageBytes = 48 * 1024;

    private readonly BlobContainerClient container;
    private readonly QueueClient queue;

    public DeploymentEventSender(BlobContainerClient container, QueueClient queue)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(queue);
        this.container = container;
        this.queue = queue;
    }

    /// <summary>By connection string (account key or SAS; never shown).</summary>
    public static DeploymentEventSender FromConnectionString(string connectionString, string container, string queue) =>
        new(new BlobContainerClient(connectionString, container), new QueueClient(connectionString, queue, QueueOptions()));

    /// <summary>By the account's blob endpoint (the queue endpoint is the same account's) and a token credential.</summary>
    public static DeploymentEventSender FromAccount(Uri blobEndpoint, TokenCredential credential, string container, string queue)
    {
        ArgumentNullException.ThrowIfNull(blobEndpoint);
        if (!blobEndpoint.Host.Contains(".blob.", StringComparison.OrdinalIgnoreCase) || !string.IsNullOrEmpty(blobEndpoint.Query))
        {
            throw new ArgumentException($"'{blobEndpoint.GetLeftPart(UriPartial.Authority)}' is not a blob endpoint without a query, such as https://account.blob.core.windows.net/.");
        }

        var queueEndpoint = new UriBuilder(blobEndpoint) { Host = blobEndpoint.Host.Replace(".blob.", ".queue.", StringComparison.OrdinalIgnoreCase), Path = "/" }.Uri;
        return new(
            new BlobServiceClient(blobEndpoint, credential).GetBlobContainerClient(container),
            new QueueServiceClient(queueEndpoint, credential, QueueOptions()).GetQueueClient(queue));
    }

    /// <summary>What is written to, safe to show: the queue and its account.</summary>
    public string Target => $"queue '{queue.Name}' of account '{queue.AccountName}'";

    /// <summary>Whether <paramref name="exception"/> is a failure to reach or write storage (reported, not a bug).</summary>
    public static bool IsSendFailure(Exception exception) =>
        exception is RequestFailedException or InvalidOperationException or IOException or HttpRequestException or AuthenticationFailedException or CredentialUnavailableException;

    // The Functions queue trigger reads base64 (host.json messageEncoding).
    private static QueueClientOptions QueueOptions() => new() { MessageEncoding = QueueMessageEncoding.Base64 };

    /// <summary>The event as it will be sent: each file becomes a blob reference {service}/{version}/{file name}.</summary>
    /// <exception cref="DeploymentEventException">The event is not valid (every problem listed).</exception>
    /// <exception cref="ArgumentException">A file is missing, two files share a name, or the message is too large.</exception>
    public (DeploymentEvent Event, string Json) Prepare(DeploymentEvent deployment, IReadOnlyList<DeploymentEvidenceFile> files)
    {
        ArgumentNullException.ThrowIfNull(deployment);
        ArgumentNullException.ThrowIfNull(files);
        var evidence = new List<DeploymentEvidence>(deployment.Evidence);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!File.Exists(file.Path))
            {
                throw new ArgumentException($"Evidence file '{file.Path}' does not exist.");
            }

            var name = System.IO.Path.GetFileName(file.Path);
            if (!names.Add(name))
            {
                throw new ArgumentException($"Two evidence files are named '{name}': the blob names {deployment.Service}/{deployment.Version}/<file name> would collide.");
            }

            evidence.Add(new DeploymentEvidence
            {
                ObligationId = file.ObligationId,
                Period = file.Period,
                Name = name,
                MediaType = file.MediaType,
                Note = file.Note,
                Blob = (container.Name, BlobName(deployment, name)),
            });
        }

        var json = DeploymentEventJson.Write(deployment with { Evidence = evidence });
        var validated = DeploymentEventReader.Read(json);
        var size = Encoding.UTF8.GetByteCount(json);
        if (size > MaxMessageBytes)
        {
            throw new ArgumentException($"The deployment event is {size} bytes; a queue message holds at most {MaxMessageBytes} before base64 encoding. Send large content as files, not inline.");
        }

        return (validated, json);
    }

    /// <summary>Uploads the files, then sends the message; returns the queue's message id.</summary>
    public async Task<DeploymentEventReceipt> SendAsync(DeploymentEvent deployment, IReadOnlyList<DeploymentEvidenceFile> files, CancellationToken cancellationToken)
    {
        var (validated, json) = Prepare(deployment, files);
        var blobs = new List<string>();
        if (files.Count > 0)
        {
            await ScopedCreation.IfNotExistsAsync(() => container.CreateIfNotExistsAsync(cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        foreach (var file in files)
        {
            var name = BlobName(deployment, System.IO.Path.GetFileName(file.Path));
            await UploadAsync(name, file, cancellationToken).ConfigureAwait(false);
            blobs.Add($"{container.Name}/{name}");
        }

        await ScopedCreation.IfNotExistsAsync(() => queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken)).ConfigureAwait(false);
        var receipt = await queue.SendMessageAsync(json, cancellationToken).ConfigureAwait(false);
        return new DeploymentEventReceipt(validated.Id, validated.Service, validated.Version, validated.Environment, queue.Name, receipt.Value.MessageId, blobs);
    }

    private async Task UploadAsync(string name, DeploymentEvidenceFile file, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(name);
        // MD5 because Blob Storage stores and compares Content-MD5; it identifies, it does not protect (the evidence
        // store hashes with SHA-256).
        byte[] md5;
        var read = File.OpenRead(file.Path);
        await using (read.ConfigureAwait(false))
        {
            md5 = await MD5.HashDataAsync(read, cancellationToken).ConfigureAwait(false);
        }

        var content = File.OpenRead(file.Path);
        await using var _ = content.ConfigureAwait(false);
        try
        {
            await blob.UploadAsync(
                content,
                new BlobUploadOptions
                {
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                    HttpHeaders = new BlobHttpHeaders { ContentType = file.MediaType ?? "application/octet-stream", ContentHash = md5 },
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            var existing = await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            if (existing.Value.ContentHash is not { } hash || !hash.AsSpan().SequenceEqual(md5))
            {
                throw new InvalidOperationException($"Blob '{container.Name}/{name}' already holds other content; a release's evidence is never overwritten. Send it under a new version.", ex);
            }
        }
    }

    private static string BlobName(DeploymentEvent deployment, string fileName) => $"{deployment.Service}/{deployment.Version}/{fileName}";
}
