using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AiRegOps.Core;
using AiRegOps.Core.Calendar;
using AiRegOps.Core.Reminders;
using AiRegOps.Core.Watch;
using AiRegOps.Labels.Checking;
using AiRegOps.Labels.Reports;
using Azure.Storage.Blobs;

namespace AiRegOps.Azure.Labels;

/// <summary>
/// Checks the blob a label-check message names and records what it found: the scan of that blob version as evidence
/// for each obligation its container is watched for, the blob in the service's failing list (or out of it), and the
/// service's reminder planned again when that list changed. Keyed by container, name and ETag: a second delivery of
/// the same version changes nothing; a delivery that died part-way is finished by the next (every step is idempotent).
/// </summary>
public sealed class BlobLabelProcessor
{
    public const string ScanFileName = "aigc-label-scan.json";

    private readonly IReadOnlyList<LabelWatch> watches;
    private readonly BlobServiceClient blobs;
    private readonly BlobLabelChecker checker;
    private readonly IProcessedMessageStore processed;
    private readonly IComplianceEvidence evidence;
    private readonly AzureTableLabelFindingStore findings;
    private readonly WatchedCompliance compliance;
    private readonly TimeProvider time;

    public BlobLabelProcessor(
        IReadOnlyList<LabelWatch> watches,
        BlobServiceClient blobs,
        BlobLabelChecker checker,
        IProcessedMessageStore processed,
        IComplianceEvidence evidence,
        AzureTableLabelFindingStore findings,
        WatchedCompliance compliance,
        TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(watches);
        ArgumentNullException.ThrowIfNull(blobs);
        ArgumentNullException.ThrowIfNull(checker);
        ArgumentNullException.ThrowIfNull(processed);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(compliance);
        ArgumentNullException.ThrowIfNull(time);
        (this.watches, this.blobs, this.checker, this.processed, this.evidence, this.findings, this.compliance, this.time) =
            (watches, blobs, checker, processed, evidence, findings, compliance, time);
    }

    /// <summary>Whether a verdict puts the blob on the service's reminder: a wrong label, or none in a container of generated files.</summary>
    public static bool Fails(LabelVerdict verdict) => verdict is LabelVerdict.Noncompliant or LabelVerdict.NotFound;

    /// <exception cref="LabelCheckMessageException">The message is not a check of a watched blob (retrying cannot help).</exception>
    public async Task<BlobLabelOutcome> ProcessAsync(string message, CancellationToken cancellationToken)
    {
        var request = BlobCreatedMessageReader.Read(message, watches);
        var blob = blobs.GetBlobContainerClient(request.Container).GetBlobClient(request.Name);
        var check = await checker.CheckVersionAsync(blob, cancellationToken).ConfigureAwait(false);
        if (check.Result is not { } result)
        {
            // Deleted before it was checked (or a pipeline's note that it was deleted): it no longer needs a label.
            var hadFinding = await findings.SetAsync(request.Service, request.Container, request.Name, null, cancellationToken).ConfigureAwait(false);
            return new BlobLabelOutcome { Message = request, Reads = check.Reads, Sync = hadFinding ? await SyncAsync(request.Service, cancellationToken).ConfigureAwait(false) : null };
        }

        var etag = check.ETag.ToString();
        var id = $"blob-label:{request.Container}/{request.Name}@{etag}";
        var status = await processed.BeginAsync(id, Fingerprint(id), cancellationToken).ConfigureAwait(false);
        if (status != MessageStatus.Process)
        {
            return new BlobLabelOutcome { Message = request, Result = result, ETag = etag, Reads = check.Reads, Duplicate = true };
        }

        var (added, again) = await RecordEvidenceAsync(request, result, etag, cancellationToken).ConfigureAwait(false);
        var finding = Fails(result.Verdict)
            ? new BlobLabelFinding { Container = request.Container, Name = request.Name, ETag = etag, Verdict = result.Verdict.ToString(), Reason = result.Reason, RuleIds = result.RuleIds }
            : null;
        var had = await findings.SetAsync(request.Service, request.Container, request.Name, finding, cancellationToken).ConfigureAwait(false);

        // Planned whenever the list may have changed; on a retry after a failure the plan finds the issue current and writes nothing.
        var sync = finding is not null || had ? await SyncAsync(request.Service, cancellationToken).ConfigureAwait(false) : null;
        await processed.CompleteAsync(id, cancellationToken).ConfigureAwait(false);
        return new BlobLabelOutcome { Message = request, Result = result, ETag = etag, Reads = check.Reads, EvidenceAdded = added, EvidenceAlreadyRecorded = again, Sync = sync };
    }

    private async Task<(int Added, int Again)> RecordEvidenceAsync(BlobCreatedMessage request, AigcLabelResult result, string etag, CancellationToken cancellationToken)
    {
        var content = Encoding.UTF8.GetBytes(ScanReport(request, result, etag));
        var schedule = await compliance.ScheduleAsync(request.Service, cancellationToken).ConfigureAwait(false);
        var (added, again) = (0, 0);
        foreach (var obligation in request.Watch.Obligations)
        {
            var submission = new EvidenceSubmission
            {
                Service = request.Service,
                ObligationId = obligation,
                Period = OpenPeriods.Of(schedule, obligation),
                FileName = ScanFileName,
                MediaType = "application/json",
                AddedBy = $"label check of container {request.Container}",
                Note = $"GB 45438-2025 implicit-label check of blob {request.Container}/{TextSafety.ForMessage(request.Name, 300)} (ETag {etag}): {result.Verdict}",
                CompletedOn = ChinaTime.Today(time),
            };
            using var stream = new MemoryStream(content, writable: false);
            var (_, isNew) = await evidence.AddAsync(submission, stream, cancellationToken).ConfigureAwait(false);
            (added, again) = isNew ? (added + 1, again) : (added, again + 1);
        }

        return (added, again);
    }

    /// <summary>The scan of one blob version; no clock in it, so the same version always hashes the same.</summary>
    public static string ScanReport(BlobCreatedMessage request, AigcLabelResult result, string etag)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(result);
        var report = new JsonObject
        {
            ["blob"] = new JsonObject { ["container"] = request.Container, ["name"] = request.Name, ["eTag"] = etag, ["service"] = request.Service },
            ["scan"] = JsonNode.Parse(LabelReportRenderer.RenderJson([result with { Path = $"{request.Container}/{request.Name}" }])),
        };
        return report.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private async Task<ReminderSweepResult?> SyncAsync(string service, CancellationToken cancellationToken) =>
        await compliance.FindRepositoryAsync(service, cancellationToken).ConfigureAwait(false) is { } repository
            ? await compliance.SyncRepositoryAsync(repository, cancellationToken).ConfigureAwait(false)
            : null;

    private static string Fingerprint(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)));
}
