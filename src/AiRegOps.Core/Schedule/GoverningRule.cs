using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Schedule;

/// <summary>A deadline rule chosen to govern on a date, with the regulation it comes from.</summary>
internal sealed record GoverningRule(DeadlineRule Rule, Regulation Regulation);
