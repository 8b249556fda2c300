namespace AiRegOps.Core.Catalogue;

/// <summary>When in a service's life an obligation bites.</summary>
public enum ObligationPhase
{
    /// <summary>On or before launch.</summary>
    PreLaunch,

    /// <summary>Throughout operation (a continuing duty).</summary>
    Operation,

    /// <summary>Recurring at an interval or on a fixed date.</summary>
    Periodic,

    /// <summary>Triggered by an event (a change, an incident, a notice, termination).</summary>
    OnEvent,
}
