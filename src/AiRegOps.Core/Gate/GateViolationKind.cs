namespace AiRegOps.Core.Gate;

/// <summary>What fails the gate.</summary>
public enum GateViolationKind
{
    /// <summary>A schedule item past its due date and not satisfied.</summary>
    Overdue,

    /// <summary>A security-assessment focus item with a gap or an undeclared control.</summary>
    AssessmentGap,

    /// <summary>A file whose GB 45438 implicit label is noncompliant (Test-AigcLabel); Period holds the file's path.</summary>
    LabelNoncompliant,
}
