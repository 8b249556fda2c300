using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Watch;

/// <summary>One event a profile diff found for one service.</summary>
public sealed record ProfileChange(string Service, ServiceEvent Event)
{
    public override string ToString() => $"{Service}: {Event.Type}{(Event.Feature is null ? string.Empty : $" {Event.Feature}")} on {Event.Date:yyyy-MM-dd}";
}
