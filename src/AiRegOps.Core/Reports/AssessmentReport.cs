using AiRegOps.Core.Assessments;
using AiRegOps.Core.IO;

namespace AiRegOps.Core.Reports;

/// <summary>One-call API behind Invoke-SecurityAssessment's outputs: render one format, or compute and write them all.</summary>
public static class AssessmentReport
{
    /// <summary>One report format of one assessment.</summary>
    /// <param name="result">The assessment.</param>
    /// <param name="format">The format.</param>
    /// <param name="repositoryRoot">SARIF paths are written relative to it.</param>
    /// <param name="documentationBase">Where docs/ is published, for SARIF help URIs; null writes the help inline only.</param>
    public static string Render(SecurityAssessmentResult result, AssessmentReportFormat format, string? repositoryRoot = null, Uri? documentationBase = null) => format switch
    {
        AssessmentReportFormat.Markdown => AssessmentMarkdownRenderer.Render(result),
        AssessmentReportFormat.Html => AssessmentHtmlRenderer.Render(result),
        AssessmentReportFormat.Json => AssessmentJsonRenderer.Render(result),
        AssessmentReportFormat.Sarif => SarifRenderer.Render([result], repositoryRoot, documentationBase),
        AssessmentReportFormat.JUnit => JUnitRenderer.Render([result]),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    /// <summary>The files for <paramref name="formats"/> (all when null), named security-assessment.{md,html,json,sarif,junit.xml}.</summary>
    public static IReadOnlyList<OutputFile> Files(SecurityAssessmentResult result, IEnumerable<AssessmentReportFormat>? formats = null, string? repositoryRoot = null, Safety.SafetyAnnex? safetyAnnex = null, Uri? documentationBase = null) =>
        (formats ?? Enum.GetValues<AssessmentReportFormat>()).Distinct()
            .Select(f => new OutputFile(FileName(f), SafetyAnnexRenderer.Apply(f, Render(result, f, repositoryRoot, documentationBase), safetyAnnex)))
            .ToList();

    /// <summary>Writes the files into <paramref name="outputPath"/>, all or nothing; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(SecurityAssessmentResult result, string outputPath, IEnumerable<AssessmentReportFormat>? formats = null, string? repositoryRoot = null, Safety.SafetyAnnex? safetyAnnex = null, Uri? documentationBase = null) =>
        AtomicDirectoryWriter.Default.Write(outputPath, Files(result, formats, repositoryRoot, safetyAnnex, documentationBase));

    public static string FileName(AssessmentReportFormat format) => format switch
    {
        AssessmentReportFormat.Markdown => "security-assessment.md",
        AssessmentReportFormat.Html => "security-assessment.html",
        AssessmentReportFormat.Json => "security-assessment.json",
        AssessmentReportFormat.Sarif => "security-assessment.sarif",
        _ => "security-assessment.junit.xml",
    };
}
