using System.Security.Cryptography;
using System.Text;
using AiRegOps.Core.Calendar;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Watch;

/// <summary>
/// Applies a deployment event: validate, record the id, record the changes as events, store the evidence, plan the
/// service's reminders again, mark the id completed. Each step is idempotent (events keyed by message id and index,
/// evidence by content, reminders by plan), so a delivery that dies part-way is completed by the next one, and a
/// delivery after completion changes nothing.
/// </summary>
public sealed class DeploymentEventProcessor
{
    private readonly IProcessedMessageStore processed;
    private readonly IComplianceEvidence evidence;
    private readonly IEvidenceContentSource content;
    private readonly WatchedCompliance compliance;
    private readonly ObligationCatalogue catalogue;

    public DeploymentEventProcessor(IProcessedMessageStore processed, IComplianceEvidence evidence, IEvidenceContentSource content, WatchedCompliance compliance, ObligationCatalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(processed);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(compliance);
        this.processed = processed;
        this.evidence = evidence;
        this.content = content;
        this.compliance = compliance;
        this.catalogue = catalogue ?? ObligationCatalogue.Default;
    }

    /// <exception cref="DeploymentEventException">The message is not a valid deployment event.</exception>
    /// <exception cref="DeploymentConflictException">The id was processed before with different content.</exception>
    public async Task<DeploymentOutcome> ProcessAsync(string message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var deployment = DeploymentEventReader.Read(message, catalogue);
        RefuseUnreadableSources(deployment);
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(message)));
        var status = await processed.BeginAsync(deployment.Id, fingerprint, cancellationToken).ConfigureAwait(false);
        if (status == MessageStatus.AlreadyProcessed)
        {
            return new DeploymentOutcome { Event = deployment, Duplicate = true };
        }

        if (status == MessageStatus.Conflict)
        {
            throw new DeploymentConflictException($"Deployment event id '{deployment.Id}' was already processed with different content; a new deployment needs a new id. This message was not applied.");
        }

        var day = DateOnly.FromDateTime(deployment.OccurredAt.ToOffset(ChinaTime.Zone.BaseUtcOffset).DateTime);
        var recorded = 0;
        for (var i = 0; i < deployment.Changes.Count; i++)
        {
            var change = deployment.Changes[i];
            var isRecorded = await compliance.Events.RecordAsync(
                new RecordedServiceEvent
                {
                    Id = $"deployment-{deployment.Id}-{i}",
                    Service = deployment.Service,
                    Source = $"deployment {deployment.Id} ({deployment.Version} to {deployment.Environment})",
                    Event = new ServiceEvent { Type = change.Type, Date = day, Feature = change.Feature, Subject = change.Subject, Note = change.Note ?? $"Deployed {deployment.Version} to {deployment.Environment}." },
                },
                cancellationToken).ConfigureAwait(false);
            recorded += isRecorded ? 1 : 0;
        }

        // The periods are resolved after the events are recorded: evidence shipped with a new function covers the
        // assessment that very function triggers.
        var schedule = deployment.Evidence.Any(e => e.Period is null)
            ? await compliance.ScheduleAsync(deployment.Service, cancellationToken).ConfigureAwait(false)
            : null;
        var (added, again) = (0, 0);
        foreach (var item in deployment.Evidence)
        {
            var submission = new EvidenceSubmission
            {
                Service = deployment.Service,
                ObligationId = item.ObligationId,
                Period = item.Period ?? OpenPeriods.Of(schedule, item.ObligationId),
                FileName = item.Name,
                MediaType = item.MediaType,
                DeploymentId = deployment.Id,
                AddedBy = deployment.DeployedBy ?? $"deployment {deployment.Id}",
                Note = item.Note,
                CompletedOn = day,
            };
            var stream = item.Blob is { } blob
                ? await content.OpenAsync(blob.Container, blob.Name, cancellationToken).ConfigureAwait(false)
                : new MemoryStream(item.Inline!.Value.ToArray(), writable: false);
            await using (stream.ConfigureAwait(false))
            {
                var (_, isNew) = await evidence.AddAsync(submission, stream, cancellationToken).ConfigureAwait(false);
                (added, again) = isNew ? (added + 1, again) : (added, again + 1);
            }
        }

        var repository = await compliance.FindRepositoryAsync(deployment.Service, cancellationToken).ConfigureAwait(false);
        var sync = repository is { } repo ? await compliance.SyncRepositoryAsync(repo, cancellationToken).ConfigureAwait(false) : null;
        await processed.CompleteAsync(deployment.Id, cancellationToken).ConfigureAwait(false);
        return new DeploymentOutcome
        {
            Event = deployment,
            EventsRecorded = recorded,
            EvidenceAdded = added,
            EvidenceAlreadyRecorded = again,
            Repository = repository,
            Sync = sync,
        };
    }

    // Every file must come from where this app may read, checked before the id or any event is recorded: a refused
    // file must not leave half an event behind.
    private void RefuseUnreadableSources(DeploymentEvent deployment)
    {
        var errors = new List<DeploymentEventError>();
        for (var i = 0; i < deployment.Evidence.Count; i++)
        {
            if (deployment.Evidence[i].Blob is { } blob && content.Refusal(blob.Container, blob.Name) is { } why)
            {
                errors.Add(new DeploymentEventError($"$.evidence[{i}].blob", 0, 0, why));
            }
        }

        if (errors.Count > 0)
        {
            throw new DeploymentEventException(errors);
        }
    }
}
