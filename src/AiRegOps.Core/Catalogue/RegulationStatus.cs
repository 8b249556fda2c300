namespace AiRegOps.Core.Catalogue;

/// <summary>The legal status of an instrument as published; binding status on a date is computed from its dates.</summary>
public enum RegulationStatus
{
    /// <summary>A consultation draft: never binding.</summary>
    Draft,

    /// <summary>Promulgated; binding from its effective date.</summary>
    InForce,

    /// <summary>Replaced by another instrument from that instrument's effective date.</summary>
    Superseded,

    /// <summary>Repealed without a successor.</summary>
    Repealed,
}
