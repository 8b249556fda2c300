namespace AiRegOps.Core.Reports;

/// <summary>The formats Invoke-SecurityAssessment writes.</summary>
public enum AssessmentReportFormat
{
    Markdown,
    Html,
    Json,
    Sarif,
    JUnit,
}
