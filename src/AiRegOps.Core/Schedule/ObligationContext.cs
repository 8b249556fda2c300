using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Schedule;

/// <summary>What every occurrence of one obligation for one service shares.</summary>
internal sealed record ObligationContext(
    Obligation Obligation,
    ScheduleContext Service,
    ApplicabilityReasons Reasons,
    IReadOnlyList<string> Citations,
    RecordMatcher Matcher);
