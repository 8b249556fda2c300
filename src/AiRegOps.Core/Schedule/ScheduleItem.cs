using System.Diagnostics.CodeAnalysis;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Catalogue.Conditions;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Schedule;

/// <summary>One occurrence of an obligation for one service.</summary>
/// <remarks>
/// A bulk run makes about sixty items per service and reads few of their sentences. An item the scheduler makes
/// therefore keeps references to what it shares (the service, the obligation, the rule, the triggering event, the
/// record that satisfied it) and a few numbers, and writes its period key, deadline, reasons and "satisfied by"
/// sentences when they are first read. Values given through the init accessors (tests, other producers, <c>with</c>)
/// are kept as given and win over the derived ones.
/// </remarks>
public sealed record ScheduleItem
{
    private readonly ScheduleContext? service;
    private readonly DeadlineRule? rule;
    private readonly ServiceEvent? trigger;

    // The record that satisfied the item; or an ItemExtras holding it with the rare sentences written when the item
    // was made; or the ItemOverrides given through the init accessors, holding either of those. One slot for three
    // rarely combined things keeps the item small.
    private object? source;
    private string? periodKey;

    // Dates as day number + 1, so 0 means none.
    private int dueDay;
    private readonly int satisfiedOn;
    private readonly int number;
    private readonly int detail;
    private readonly ushort obligationIndex;
    private byte status;
    private byte confidence;
    private ItemFlags flags;
    private readonly DeadlineShape shape;
    private readonly PeriodKind keyKind;
    private readonly SatisfactionKind satisfiedKind;

    /// <summary>An empty item, for producers that set every value through the init accessors.</summary>
    public ScheduleItem()
    {
    }

    /// <summary>An item made by the scheduler: its sentences are derived from these values when first read.</summary>
    /// <remarks>The required values are derived from the service and the obligation, not stored (CS8618 does not see that).</remarks>
#pragma warning disable CS8618
    [SetsRequiredMembers]
    internal ScheduleItem(ScheduleContext service, Obligation obligation, int obligationIndex, in ItemValues values)
    {
        this.service = service;
        this.obligationIndex = checked((ushort)obligationIndex);
        rule = values.Rule;
        trigger = values.Trigger;
        keyKind = values.Key;
        periodKey = values.Key == PeriodKind.Continuous ? PeriodKeys.Continuous : null;
        status = (byte)values.Status;
        dueDay = ToDay(values.Due);
        shape = values.Shape;
        number = values.Number;
        detail = values.Detail;
        satisfiedKind = values.Satisfaction?.Kind ?? SatisfactionKind.None;
        satisfiedOn = values.Satisfaction is { } s ? s.Kind == SatisfactionKind.AnnualReport ? s.Year : ToDay(s.On) : 0;
        source = values.Extras is { } extras ? extras with { Source = values.Satisfaction?.Source } : values.Satisfaction?.Source;
        Warnings = values.Warnings ?? [];
        confidence = (byte)(values.Confidence ?? obligation.Confidence);
        flags = values.Flags;
    }
#pragma warning restore CS8618

    // "with" copies: the overrides are cloned so that setting a value on the copy leaves the original as it was.
    private ScheduleItem(ScheduleItem original)
    {
        service = original.service;
        rule = original.rule;
        trigger = original.trigger;
        source = original.source is ItemOverrides given ? given.Clone() : original.source;
        periodKey = original.periodKey;
        dueDay = original.dueDay;
        satisfiedOn = original.satisfiedOn;
        number = original.number;
        detail = original.detail;
        obligationIndex = original.obligationIndex;
        status = original.status;
        confidence = original.confidence;
        flags = original.flags;
        shape = original.shape;
        keyKind = original.keyKind;
        satisfiedKind = original.satisfiedKind;
        Warnings = original.Warnings;
    }

    public required string Service
    {
        get => Given?.Service ?? service?.Profile.Name ?? string.Empty;
        init => Overrides.Service = value;
    }

    public required string ObligationId
    {
        get => Given?.ObligationId ?? CatalogueObligation?.Id ?? string.Empty;
        init => Overrides.ObligationId = value;
    }

    public string? SeedRef
    {
        get => Given is { SeedRefSet: true } set ? set.SeedRef : CatalogueObligation?.SeedRef;
        init => (Overrides.SeedRef, Overrides.SeedRefSet) = (value, true);
    }

    public required string Title
    {
        get => Given?.Title ?? CatalogueObligation?.Title ?? string.Empty;
        init => Overrides.Title = value;
    }

    /// <summary>Which occurrence this is: "launched@2025-09-26", "FY2025", "launched@2025-09-26#2", "continuous".</summary>
    public required string PeriodKey
    {
        get => periodKey ??= PeriodKeys.Render(keyKind, rule, trigger, number);
        init => periodKey = value;
    }

    public DateOnly? DueDate
    {
        get => dueDay == 0 ? null : DateOnly.FromDayNumber(dueDay - 1);
        init => dueDay = ToDay(value);
    }

    public required ScheduleStatus Status
    {
        get => (ScheduleStatus)status;
        init => status = (byte)value;
    }

    /// <summary>The event that started the period, if any.</summary>
    public DateOnly? TriggeredOn
    {
        get => Given is { TriggeredOnSet: true } set ? set.TriggeredOn : trigger?.Date;
        init => (Overrides.TriggeredOn, Overrides.TriggeredOnSet) = (value, true);
    }

    /// <summary>Why it applies or not: roles, technologies, attributes, binding status, with articles.</summary>
    public IReadOnlyList<string> Reasons
    {
        get
        {
            if (Given?.Reasons is { } given)
            {
                return given;
            }

            var applicability = service is null ? [] : service.ReasonsFor(obligationIndex).Texts;
            var extra = Extras?.Reasons;
            if (keyKind == PeriodKind.Awaiting && rule is not null && service is not null)
            {
                extra = [OccurrenceBuilder.AwaitingReason(service, rule)];
            }

            return extra is null or { Count: 0 } ? applicability : [.. applicability, .. extra];
        }

        init => Overrides.Reasons = value ?? [];
    }

    /// <summary>The same reasons as data: for each test of the condition, whether it held, the fact read and the article.</summary>
    public IReadOnlyList<ConditionReason> ReasonDetails =>
        service is null ? [] : service.ReasonsFor(obligationIndex).Details;

    /// <summary>How the due date was worked out, e.g. "10 working days after launched on 2025-09-26 (ARR Art. 24(1))".</summary>
    public string Deadline
    {
        get => Given?.Deadline
            ?? Extras?.Deadline
            ?? DeadlineText.Render(shape, rule, trigger, number, detail, DueDate);
        init => Overrides.Deadline = value;
    }

    /// <summary>The articles the obligation rests on.</summary>
    public required IReadOnlyList<string> Citations
    {
        get => Given?.Citations ?? (service is null ? [] : service.Bindings.Citations[obligationIndex]);
        init => Overrides.Citations = value;
    }

    public Confidence Confidence
    {
        get => (Confidence)confidence;
        init => confidence = (byte)value;
    }

    /// <summary>Calendar warnings (years without a holiday notice) and notes on late or assumed dates.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>True when the date is an organisational policy target, not a legal deadline (status PastPolicyTarget, never Overdue).</summary>
    public bool IsPolicy
    {
        get => (flags & ItemFlags.Policy) != 0;
        init => flags = value ? flags | ItemFlags.Policy : flags & ~ItemFlags.Policy;
    }

    /// <summary>True when the rule is advice from an unconfirmed source; it never becomes overdue.</summary>
    public bool IsAdvisory
    {
        get => (flags & ItemFlags.Advisory) != 0;
        init => flags = value ? flags | ItemFlags.Advisory : flags & ~ItemFlags.Advisory;
    }

    /// <summary>True when the rule comes from a recommended standard and the organisation has not opted it into the gate.</summary>
    public bool OutsideGate
    {
        get => (flags & ItemFlags.OutsideGate) != 0;
        init => flags = value ? flags | ItemFlags.OutsideGate : flags & ~ItemFlags.OutsideGate;
    }

    /// <summary>What satisfied this occurrence.</summary>
    public string? SatisfiedBy
    {
        get
        {
            if (Given is { SatisfiedBySet: true } set)
            {
                return set.SatisfiedBy;
            }

            if (satisfiedKind == SatisfactionKind.None)
            {
                return null;
            }

            var record = Record;
            DateOnly? on = satisfiedOn == 0 || satisfiedKind == SatisfactionKind.AnnualReport ? null : DateOnly.FromDayNumber(satisfiedOn - 1);
            return new Satisfaction(satisfiedKind, record, on, satisfiedOn).Render();
        }

        init => (Overrides.SatisfiedBy, Overrides.SatisfiedBySet) = (value, true);
    }

    /// <summary>True for the placeholder of a trigger that has not happened (period key "awaiting:…"), read without writing the key.</summary>
    internal bool AwaitsTrigger => keyKind == PeriodKind.Awaiting;

    /// <summary>The due date as a number that sorts undated items last.</summary>
    internal int DueSortKey => dueDay == 0 ? int.MaxValue : dueDay;

    /// <summary>The obligation's place in ordinal id order, or -1 when the item was not made by the scheduler or its id was given.</summary>
    internal int ObligationRank => service is null || Given?.ObligationId is not null ? -1 : service.Bindings.IdRanks[obligationIndex];

    private ItemOverrides? Given => source as ItemOverrides;

    private Obligation? CatalogueObligation => service?.Bindings.Obligations[obligationIndex];

    private ItemExtras? Extras => (source is ItemOverrides given ? given.Inner : source) as ItemExtras;

    private object? Record => (source is ItemOverrides given ? given.Inner : source) switch
    {
        ItemExtras extras => extras.Source,
        var record => record,
    };

    private ItemOverrides Overrides
    {
        get
        {
            if (source is not ItemOverrides given)
            {
                given = new ItemOverrides { Inner = source };
                source = given;
            }

            return given;
        }
    }

    /// <summary>Items are equal when everything a user can read from them is equal.</summary>
    public bool Equals(ScheduleItem? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Status == other.Status
                && DueDate == other.DueDate
                && TriggeredOn == other.TriggeredOn
                && Confidence == other.Confidence
                && flags == other.flags
                && string.Equals(Service, other.Service, StringComparison.Ordinal)
                && string.Equals(ObligationId, other.ObligationId, StringComparison.Ordinal)
                && string.Equals(SeedRef, other.SeedRef, StringComparison.Ordinal)
                && string.Equals(Title, other.Title, StringComparison.Ordinal)
                && string.Equals(PeriodKey, other.PeriodKey, StringComparison.Ordinal)
                && string.Equals(Deadline, other.Deadline, StringComparison.Ordinal)
                && string.Equals(SatisfiedBy, other.SatisfiedBy, StringComparison.Ordinal)
                && Reasons.SequenceEqual(other.Reasons)
                && Citations.SequenceEqual(other.Citations)
                && Warnings.SequenceEqual(other.Warnings)));

    public override int GetHashCode() => HashCode.Combine(Service, ObligationId, PeriodKey, Status, DueDate);

    public override string ToString() => $"{Service} {ObligationId} {PeriodKey} {Status} {DueDate}";

    private static int ToDay(DateOnly? date) => date is { } d ? d.DayNumber + 1 : 0;
}
