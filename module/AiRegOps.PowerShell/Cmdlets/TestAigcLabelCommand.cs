using System.Management.Automation;
using System.Text;
using AiRegOps.Core;
using AiRegOps.Core.Evidence;
using AiRegOps.Core.IO;
using AiRegOps.Core.Reports;
using AiRegOps.Labels.Checking;
using AiRegOps.Labels.Reports;
using AiRegOps.PowerShell.Completers;
using AiRegOps.PowerShell.Internal;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// Checks the GB 45438-2025 implicit label (AIGC metadata) of files or folders (recursively): one result per file
/// with its verdict, the parsed label and findings with stable rule ids and clauses. Writes SARIF/JUnit when asked;
/// with -Service, -Obligation and -Period records the scan report as evidence in the session's store.
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "AigcLabel", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType("AiRegOps.Labels.Checking.AigcLabelResult")]
public sealed class TestAigcLabelCommand : EvidenceReportCmdlet
{
    public const string NotFoundErrorId = "AigcLabelPathNotFound";
    public const string EvidenceFailedErrorId = "AigcLabelEvidenceFailed";

    private readonly List<AigcLabelResult> results = [];
    private LabelScanner? scanner;

    /// <summary>Files or folders; folders are searched recursively for supported formats. Binds FullName from Get-ChildItem.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = [];

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? SarifPath { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? JUnitPath { get; set; }

    /// <summary>A scan is evidence of the implicit-label duty unless -Obligation names another.</summary>
    protected override string DefaultObligation => "label-implicit-metadata";

    protected override void BeginProcessing()
    {
        RequireCompleteEvidenceParameters("AigcLabelPeriodMissing");

        scanner = new LabelScanner();
    }

    protected override void ProcessRecord()
    {
        foreach (var path in Path)
        {
            foreach (var target in Resolve(path))
            {
                foreach (var file in LabelScanner.Expand(target))
                {
                    ThrowIfStopping();
                    AigcLabelResult result;
                    try
                    {
                        result = scanner!.CheckFile(file);
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                        WriteError(new ErrorRecord(new IOException($"Could not read '{file}': {ex.Message}", ex), NotFoundErrorId, ErrorCategory.ReadError, file));
                        continue;
                    }

                    results.Add(result);
                    WriteOutput(result);
                }
            }
        }
    }

    protected override void EndProcessing()
    {
        var root = SessionState.Path.CurrentFileSystemLocation.ProviderPath;
        Write(SarifPath, "Write the label findings as SARIF", () => LabelReportRenderer.RenderSarif(results, root));
        Write(JUnitPath, "Write the label results as JUnit XML", () => LabelReportRenderer.RenderJUnit(results));
        if (RecordsEvidence)
        {
            RecordEvidence();
        }
    }

    private void RecordEvidence()
    {
        if (!ServiceNames.IsValid(Service!))
        {
            WriteError(new ErrorRecord(new ArgumentException($"'{Service}' is not a valid service name."), EvidenceFailedErrorId, ErrorCategory.InvalidArgument, Service));
            return;
        }

        var counts = string.Join(", ", results.GroupBy(r => r.Verdict).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}"));
        var metadata = new EvidenceMetadata
        {
            Service = Service!,
            ObligationId = EvidenceObligation!,
            Period = Period!,
            AddedBy = Environment.UserName,
            FileName = "aigc-label-scan.json",
            ContentType = "application/json",
            Note = $"GB 45438-2025 implicit-label scan of {results.Count} file(s): {counts}",
        };
        var service = ComplianceStore.Open(this);
        if (!ShouldProcess(service.Location, $"Record the label scan ({results.Count} files) as evidence of {EvidenceObligation} ({Period}) for {Service}"))
        {
            return;
        }

        try
        {
            using var content = new MemoryStream(Encoding.UTF8.GetBytes(LabelReportRenderer.RenderJson(results)));
            var record = Await(ct => service.AddAsync(content, metadata, ct));
            WriteVerbose($"Recorded the scan as {record.Hash} (entry {record.Sequence}).");
            WriteOutput(record);
        }
        catch (Exception ex) when (ex is EvidenceException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            WriteError(ComplianceStore.Error(ex, EvidenceFailedErrorId, ErrorCategory.WriteError, Service, "Could not record the label scan as evidence"));
        }
    }

    private IEnumerable<string> Resolve(string path)
    {
        try
        {
            var resolved = SessionState.Path.GetResolvedProviderPathFromPSPath(path, out var provider);
            if (provider.Name == "FileSystem")
            {
                return resolved;
            }

            WriteError(new ErrorRecord(new ArgumentException($"'{path}' is not a file-system path."), NotFoundErrorId, ErrorCategory.InvalidArgument, path));
        }
        catch (ItemNotFoundException)
        {
            WriteError(new ErrorRecord(new FileNotFoundException($"'{path}' does not exist.", path), NotFoundErrorId, ErrorCategory.ObjectNotFound, path));
        }

        return [];
    }

    private void Write(string? target, string action, Func<string> render)
    {
        if (target is not null)
        {
            WriteReportFile(SessionState.Path.GetUnresolvedProviderPathFromPSPath(target), action, render);
        }
    }
}
