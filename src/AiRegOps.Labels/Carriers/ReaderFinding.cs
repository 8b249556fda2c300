namespace AiRegOps.Labels.Carriers;

/// <summary>A finding a carrier reader reports itself, under a rule id of the rule set.</summary>
public sealed record ReaderFinding(string RuleId, string Message, string Where, long Offset);
