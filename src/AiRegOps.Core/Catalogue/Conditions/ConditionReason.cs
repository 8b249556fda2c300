namespace AiRegOps.Core.Catalogue.Conditions;

/// <summary>Why one test of a condition held or failed for a service: the condition, the fact, and the article.</summary>
/// <param name="Holds">Whether the test held for the service.</param>
/// <param name="Condition">The test in catalogue notation, e.g. "offeredInPrc equals true".</param>
/// <param name="Fact">What the service's profile says, e.g. "offeredInPrc = false".</param>
/// <param name="Source">The article that makes the test law, if the catalogue names one.</param>
/// <param name="Text">The sentence shown to people, e.g. "not offered within the PRC (GAIM Art. 2)".</param>
public sealed record ConditionReason(bool Holds, string Condition, string Fact, SourceCitation? Source, string Text)
{
    public override string ToString() => Text;
}
