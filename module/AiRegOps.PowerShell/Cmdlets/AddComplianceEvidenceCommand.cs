using System.Management.Automation;
using AiRegOps.Core.Evidence;
using AiRegOps.PowerShell.Completers;
using AiRegOps.PowerShell.Internal;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// Adds files as evidence that a service met an obligation for a period, in the session's store (Set-ComplianceStore).
/// The content is stored under its SHA-256 and a ledger entry is appended unless the same content is already recorded
/// for the same obligation and period. -WhatIf writes nothing.
/// </summary>
[Cmdlet(VerbsCommon.Add, "ComplianceEvidence", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(EvidenceRecord))]
public sealed class AddComplianceEvidenceCommand : WorkspaceCmdlet
{
    public const string FileNotFoundErrorId = "EvidenceFileNotFound";
    public const string InvalidErrorId = "EvidenceInvalid";
    public const string AddFailedErrorId = "EvidenceAddFailed";

    /// <summary>The files to add; wildcards allowed. Binds files from Get-ChildItem by FullName.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = [];

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ServiceNameCompleter))]
    [ValidateNotNullOrEmpty]
    public string Service { get; set; } = string.Empty;

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ObligationId")]
    [ArgumentCompleter(typeof(ObligationIdCompleter))]
    [ValidateNotNullOrEmpty]
    public string Obligation { get; set; } = string.Empty;

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("PeriodKey")]
    [ValidateNotNullOrEmpty]
    public string Period { get; set; } = string.Empty;

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("DeploymentId")]
    [ValidateNotNullOrEmpty]
    public string? Deployment { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string AddedBy { get; set; } = Environment.UserName;

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Note { get; set; }

    /// <summary>Write even when the service, obligation or period matches nothing known (warns instead of refusing).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var path in Path)
        {
            ThrowIfStopping();
            foreach (var file in Resolve(path))
            {
                Add(file);
            }
        }
    }

    private IEnumerable<string> Resolve(string path)
    {
        try
        {
            var resolved = SessionState.Path.GetResolvedProviderPathFromPSPath(path, out var provider);
            if (provider.Name != "FileSystem")
            {
                WriteError(new ErrorRecord(new ArgumentException($"'{path}' is not a file-system path."), FileNotFoundErrorId, ErrorCategory.InvalidArgument, path));
                return [];
            }

            var files = resolved.Where(File.Exists).ToArray();
            foreach (var folder in resolved.Where(Directory.Exists))
            {
                WriteError(new ErrorRecord(new ArgumentException($"'{folder}' is a folder; add the files in it (Get-ChildItem -File '{folder}' | Add-ComplianceEvidence ...)."), FileNotFoundErrorId, ErrorCategory.InvalidArgument, folder));
            }

            return files;
        }
        catch (ItemNotFoundException)
        {
            WriteError(new ErrorRecord(new FileNotFoundException($"The evidence file '{path}' does not exist.", path), FileNotFoundErrorId, ErrorCategory.ObjectNotFound, path));
            return [];
        }
    }

    private void Add(string file)
    {
        var metadata = new EvidenceMetadata
        {
            Service = Service,
            ObligationId = Obligation,
            Period = Period,
            DeploymentId = Deployment,
            AddedBy = AddedBy,
            Note = string.IsNullOrEmpty(Note) ? null : Note,
        };
        if (!ServiceNames.IsValid(Service))
        {
            WriteError(new ErrorRecord(new ArgumentException($"'{Service}' is not a valid service name (the profile's name: letters, digits, '-', '_' or '.', at most {ServiceNames.MaxLength} characters)."), InvalidErrorId, ErrorCategory.InvalidArgument, Service));
            return;
        }

        if (!Known.Check(Service, Obligation, Period, Workspace.Today, Force, StopToken))
        {
            return;
        }

        var service = EvidenceStore;
        if (!ShouldProcess(service.Location, $"Add '{file}' as evidence of {Obligation} ({Period}) for {Service}"))
        {
            return;
        }

        try
        {
            var record = Await(ct => service.AddFileAsync(file, metadata, ct));
            WriteVerbose($"{(record.Outcome == EvidenceAddOutcome.Added ? "Added" : "Already recorded")}: {file} as {record.Hash} (entry {record.Sequence}).");
            WriteOutput(record);
        }
        catch (ArgumentException ex)
        {
            WriteError(new ErrorRecord(new ArgumentException(ComplianceStore.Redact(ex.Message)), InvalidErrorId, ErrorCategory.InvalidArgument, file));
        }
        catch (Exception ex) when (ex is EvidenceException or IOException or UnauthorizedAccessException)
        {
            WriteError(ComplianceStore.Error(ex, AddFailedErrorId, ErrorCategory.WriteError, file, $"Could not add '{file}' to the evidence store"));
        }
    }
}
