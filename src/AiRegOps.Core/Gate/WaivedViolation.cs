namespace AiRegOps.Core.Gate;

/// <summary>A violation a valid waiver lets pass.</summary>
public sealed record WaivedViolation(GateViolation Violation, Waiver Waiver);
