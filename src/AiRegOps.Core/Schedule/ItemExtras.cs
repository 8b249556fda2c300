namespace AiRegOps.Core.Schedule;

/// <summary>
/// Sentences of the rare items that cannot be rebuilt from the item's values (a terminated service, an event before
/// the rule took effect, a duty waiting for its instrument), written when the item is made.
/// </summary>
internal sealed record ItemExtras(string? Deadline = null, IReadOnlyList<string>? Reasons = null)
{
    /// <summary>The record that satisfied the item, kept here because the item's own slot holds this object.</summary>
    public object? Source { get; init; }
}
