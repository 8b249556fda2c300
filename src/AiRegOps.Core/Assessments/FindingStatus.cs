namespace AiRegOps.Core.Assessments;

/// <summary>Where a focus item or one of its checks stands against the declared controls.</summary>
public enum FindingStatus
{
    /// <summary>The declared controls meet it.</summary>
    Met,

    /// <summary>A declared control falls short (e.g. logs kept five months).</summary>
    Gap,

    /// <summary>The profile does not declare the control: a gap to fill, not proof that the control is absent.</summary>
    NotDeclared,

    /// <summary>The item does not apply to this service.</summary>
    NotApplicable,
}
