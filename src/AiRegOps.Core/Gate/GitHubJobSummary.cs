using System.Text;
using AiRegOps.Core.IO;
using AiRegOps.Core.Reports;

namespace AiRegOps.Core.Gate;

/// <summary>
/// The gate's result as a GitHub Actions job summary. The cmdlet reads GITHUB_STEP_SUMMARY and passes the path;
/// the summary is appended, as GitHub expects, so several steps can write to it.
/// </summary>
public static class GitHubJobSummary
{
    public const string EnvironmentVariable = "GITHUB_STEP_SUMMARY";

    public static string Render(GateResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var md = new StringBuilder();
        md.Append("## AiRegOps compliance gate: ").Append(result.Passed ? "✅ passed" : "❌ failed").Append("\n\n");
        md.Append("As of ").Append(Iso.Date(result.AsOf)).Append(" for ").Append(result.Services.Count).Append(" service(s): ")
            .Append(result.Violations.Count).Append(" violation(s), ").Append(result.Waived.Count).Append(" waived, ")
            .Append(result.ExpiredWaivers.Count).Append(" expired waiver(s).\n\n");
        if (result.Violations.Count > 0)
        {
            md.Append("| Service | Obligation | Period | Kind | Due | Problem |\n|---|---|---|---|---|---|\n");
            foreach (var v in result.Violations)
            {
                md.Append("| ").Append(E(v.Service)).Append(" | ").Append(E(v.Obligation)).Append(" | ").Append(E(v.Period)).Append(" | ")
                    .Append(KebabName<GateViolationKind>.Of(v.Kind)).Append(" | ").Append(Iso.Date(v.DueDate)).Append(" | ").Append(E(v.Message)).Append(" |\n");
            }

            md.Append('\n');
        }

        if (result.Waived.Count > 0)
        {
            md.Append("### Waived\n\n| Service | Obligation | Expires | Reason |\n|---|---|---|---|\n");
            foreach (var w in result.Waived)
            {
                md.Append("| ").Append(E(w.Violation.Service)).Append(" | ").Append(E(w.Violation.Obligation)).Append(" | ")
                    .Append(Iso.Date(w.Waiver.Expires)).Append(" | ").Append(E(w.Waiver.Reason)).Append(" |\n");
            }

            md.Append('\n');
        }

        if (result.Warnings.Count > 0)
        {
            md.Append("### Warnings\n\n");
            foreach (var warning in result.Warnings)
            {
                md.Append("- ⚠️ ").Append(E(warning)).Append('\n');
            }

            md.Append('\n');
        }

        return md.ToString();
    }

    /// <summary>Appends the summary to the file at <paramref name="summaryPath"/> (the value of GITHUB_STEP_SUMMARY).</summary>
    public static void Append(GateResult result, string summaryPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(summaryPath);
        File.AppendAllText(summaryPath, Render(result), new UTF8Encoding(false));
    }

    private static string E(string? text) => TextEscaping.Markdown(text);
}
