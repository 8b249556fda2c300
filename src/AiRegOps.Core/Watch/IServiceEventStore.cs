namespace AiRegOps.Core.Watch;

/// <summary>Events recorded for services, which the schedule merges into their profiles.</summary>
public interface IServiceEventStore
{
    /// <summary>Records <paramref name="recorded"/> unless an event with its id is already there; true when it was added.</summary>
    Task<bool> RecordAsync(RecordedServiceEvent recorded, CancellationToken cancellationToken);

    /// <summary>The service's recorded events, oldest first.</summary>
    Task<IReadOnlyList<RecordedServiceEvent>> GetAsync(string service, CancellationToken cancellationToken);
}
