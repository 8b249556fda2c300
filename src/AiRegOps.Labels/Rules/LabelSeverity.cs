namespace AiRegOps.Labels.Rules;

/// <summary>An error makes a file Noncompliant; warnings and notes are shown and do not change the verdict.</summary>
public enum LabelSeverity
{
    Note,
    Warning,
    Error,
}
