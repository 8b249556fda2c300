using System.Management.Automation;
using AiRegOps.Core;
using AiRegOps.Core.IO;
using AiRegOps.Core.Reports;
using AiRegOps.PowerShell.Completers;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// What the content checks (Measure-GenAiSafety, Test-AigcLabel) share: -Service, -Obligation and -Period, which record
/// the check as evidence of one obligation period, and writing a report file atomically with the usual errors.
/// </summary>
public abstract class EvidenceReportCmdlet : AiRegOpsCmdlet
{
    /// <summary>Records the check as evidence for this service (with -Period and an obligation).</summary>
    [Parameter]
    [ArgumentCompleter(typeof(ServiceNameCompleter))]
    [ValidateNotNullOrEmpty]
    public string? Service { get; set; }

    /// <summary>The obligation the check is evidence for (a cmdlet may have a default, named in its help).</summary>
    [Parameter]
    [ArgumentCompleter(typeof(ObligationIdCompleter))]
    [ValidateNotNullOrEmpty]
    public string? Obligation { get; set; }

    /// <summary>The schedule period key the check is evidence for (Get-ComplianceSchedule shows it).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Period { get; set; }

    /// <summary>The obligation used when -Obligation is not given; null when the cmdlet has none.</summary>
    protected virtual string? DefaultObligation => null;

    /// <summary>The obligation the evidence is recorded under.</summary>
    protected string? EvidenceObligation => Obligation ?? DefaultObligation;

    /// <summary>True when any of -Service, -Obligation or -Period was given.</summary>
    protected bool RecordsEvidence => Service is not null || Obligation is not null || Period is not null;

    /// <summary>A terminating error when only some of what recording evidence needs was given.</summary>
    protected void RequireCompleteEvidenceParameters(string errorId)
    {
        if (RecordsEvidence && (Service is null || Period is null || EvidenceObligation is null))
        {
            var obligation = DefaultObligation is null ? "-Obligation" : $"-Obligation (default {DefaultObligation})";
            ThrowSetupError(
                new ArgumentException($"-Service, {obligation} and -Period go together: they record the check as evidence of one obligation's period (Get-ComplianceSchedule shows the PeriodKey)."),
                errorId, ErrorCategory.InvalidArgument, Service);
        }
    }

    /// <summary>Writes one report file atomically after ShouldProcess; false (with an error written) when it failed.</summary>
    protected bool WriteReportFile(string path, string action, Func<string> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        if (!ShouldProcess(path, action))
        {
            return true;
        }

        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path) ?? ".");
            AtomicFileWriter.Write(path, render());
            return true;
        }
        catch (ComplianceInputException ex)
        {
            WriteError(ErrorRecords.Input(ex, ErrorRecords.OutputPathInvalid, path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            WriteError(ErrorRecords.WriteFailed(ex, ErrorRecords.OutputWriteFailed, path));
        }

        return false;
    }
}
