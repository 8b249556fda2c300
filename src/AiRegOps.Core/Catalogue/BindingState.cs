namespace AiRegOps.Core.Catalogue;

/// <summary>Whether an obligation binds on a given date, from the status and dates of the instruments it cites.</summary>
public enum BindingState
{
    /// <summary>At least one cited instrument is in force on the date.</summary>
    Binding,

    /// <summary>A cited instrument is promulgated but not yet in force: the obligation is upcoming.</summary>
    NotYetInForce,

    /// <summary>Every cited instrument is a draft: shown for information, never binding.</summary>
    NeverBinding,

    /// <summary>Every cited instrument has been superseded or repealed by the date.</summary>
    NoLongerInForce,
}
