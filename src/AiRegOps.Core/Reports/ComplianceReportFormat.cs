namespace AiRegOps.Core.Reports;

/// <summary>The formats of Export-ComplianceReport.</summary>
public enum ComplianceReportFormat
{
    Markdown,
    Html,
    Csv,
    Json,
}
