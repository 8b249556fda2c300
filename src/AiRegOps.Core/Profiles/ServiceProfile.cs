namespace AiRegOps.Core.Profiles;

/// <summary>The description of one AI service, as read from <c>airegops.yml</c>.</summary>
public sealed record ServiceProfile
{
    public const string ApiVersion = "airegops/v1";
    public const string Kind = "Service";

    /// <summary>Stable name of the service (lower-case letters, digits and dashes).</summary>
    public required string Name { get; init; }

    public string? DisplayName { get; init; }
    public string? Description { get; init; }

    /// <summary>GitHub users or teams who own the service's obligations.</summary>
    public IReadOnlyList<string> Owners { get; init; } = [];

    /// <summary>Extra labels for reminders.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    public required Provider Provider { get; init; }

    /// <summary>
    /// Whether the service is provided within the PRC at all (default true). The Chinese rules bind services provided
    /// within the PRC; a service offered only elsewhere owes none of their duties.
    /// </summary>
    public bool OfferedInPrc { get; init; } = true;

    /// <summary>Whether the service is offered to the public within the PRC (GAIM Art. 2).</summary>
    public bool PublicInPrc { get; init; }

    /// <summary>The already-filed generative AI model the service calls, when it has no model of its own.</summary>
    public GenerativeAiModel? GenerativeAiModel { get; init; }

    public ServiceTechnologies Technologies { get; init; } = new();

    /// <summary>Feature ids from the fixed vocabulary (<see cref="FeatureVocabulary"/>).</summary>
    public IReadOnlyList<string> Features { get; init; } = [];

    public IReadOnlyList<Audience> Audiences { get; init; } = [];
    public bool BiometricEditing { get; init; }
    public bool NewsService { get; init; }
    public bool UnlabelledContentOnRequest { get; init; }

    /// <summary>The date the service was first provided to users.</summary>
    public DateOnly? LaunchedOn { get; init; }

    public IReadOnlyList<ServiceEvent> Events { get; init; } = [];
    public IReadOnlyList<FilingRecord> Filings { get; init; } = [];
    public IReadOnlyList<AssessmentRecord> Assessments { get; init; } = [];
    public EthicsRecords Ethics { get; init; } = EthicsRecords.None;
    public SecurityControls Controls { get; init; } = SecurityControls.None;
    public SchedulePolicy Policy { get; init; } = SchedulePolicy.Default;
    public IReadOnlyList<CompletionRecord> Completed { get; init; } = [];

    /// <summary>Where the profile was read from, for messages.</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>Where each field stands in the file (null when the profile was not read from YAML), for SARIF regions.</summary>
    public ProfilePositions? Positions { get; init; }

    /// <summary>Every event, including the launch given by <see cref="LaunchedOn"/>, in date order.</summary>
    public IReadOnlyList<ServiceEvent> AllEvents()
    {
        var events = new List<ServiceEvent>(Events.Count + 1);
        if (LaunchedOn is { } launched && !Events.Any(e => e.Type == ServiceEventType.Launched && e.Date == launched))
        {
            events.Add(new ServiceEvent { Type = ServiceEventType.Launched, Date = launched });
        }

        events.AddRange(Events);
        events.Sort(static (a, b) => a.Date.CompareTo(b.Date));
        return events;
    }

    public override string ToString() => Name;
}
