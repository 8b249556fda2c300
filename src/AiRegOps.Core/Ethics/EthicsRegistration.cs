namespace AiRegOps.Core.Ethics;

/// <summary>A recorded ethics committee or approved activity, as kept in the state folder.</summary>
public sealed record EthicsRegistration
{
    public required EthicsRegistrationKind Kind { get; init; }

    /// <summary>The committee's or activity's name.</summary>
    public required string Name { get; init; }

    /// <summary>The date the committee was established or the activity approved.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>For activities: on the list that needs expert review (and registration).</summary>
    public bool OnExpertReviewList { get; init; }

    /// <summary>The service it belongs to; null for the whole unit (every service's schedule).</summary>
    public string? Service { get; init; }

    /// <summary>When it was registered on the national platform, if already done.</summary>
    public DateOnly? RegisteredOn { get; init; }

    /// <summary>Whether this registration concerns <paramref name="service"/>.</summary>
    public bool AppliesTo(string service) => Service is null || string.Equals(Service, service, StringComparison.OrdinalIgnoreCase);

    /// <summary>The identity that makes a second registration a duplicate: kind, name, date, service.</summary>
    public bool IsSameAs(EthicsRegistration other) =>
        other is not null && Kind == other.Kind && Date == other.Date
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Service, other.Service, StringComparison.OrdinalIgnoreCase);
}
