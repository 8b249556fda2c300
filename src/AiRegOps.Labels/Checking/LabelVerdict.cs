namespace AiRegOps.Labels.Checking;

/// <summary>The outcome for one file.</summary>
public enum LabelVerdict
{
    /// <summary>Exactly one implicit label, and it passes every error rule.</summary>
    Compliant,

    /// <summary>A label breaks an error rule (value, characters, structure, a second label).</summary>
    Noncompliant,

    /// <summary>The file was read to the end of its metadata and carries no implicit label.</summary>
    NotFound,

    /// <summary>The file could not be judged: truncated, malformed, past a reading limit or of an unsupported format.</summary>
    Inconclusive,
}
