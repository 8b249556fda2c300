namespace AiRegOps.Labels.Rules;

/// <summary>One Annex E key, in Annex E order, with who fills it.</summary>
public sealed record LabelKey(string Name, string FilledBy, bool Required);
