using System.Management.Automation;
using AiRegOps.Core.Evidence;
using AiRegOps.PowerShell.Internal;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// Downloads evidence from the session's store to a folder or file, verifying its SHA-256 as it streams. A file
/// appears only once verified: changed content is an error and leaves nothing behind.
/// </summary>
[Cmdlet(VerbsData.Save, "ComplianceEvidence", DefaultParameterSetName = RecordSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(FileInfo))]
public sealed class SaveComplianceEvidenceCommand : AiRegOpsCmdlet
{
    public const string HashInvalidErrorId = "EvidenceHashInvalid";
    public const string NotFoundErrorId = "EvidenceNotFound";
    public const string IntegrityErrorId = "EvidenceIntegrityFailed";
    public const string SaveFailedErrorId = "EvidenceSaveFailed";

    private const string RecordSet = "Record";
    private const string HashSet = "Hash";

    private EvidenceService? service;

    /// <summary>Evidence records, from Get-ComplianceEvidence or Add-ComplianceEvidence.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = RecordSet)]
    public EvidenceRecord[] InputObject { get; set; } = [];

    /// <summary>Content hashes: 64 hex digits, sha256:..., or a blob name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = HashSet)]
    [Alias("ContentHash", "BlobName")]
    [ValidateNotNullOrEmpty]
    public string[] Hash { get; set; } = [];

    /// <summary>An existing folder (the file keeps its recorded name) or a file path.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    public string Destination { get; set; } = string.Empty;

    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void BeginProcessing() => service = ComplianceStore.Open(this);

    protected override void ProcessRecord()
    {
        var destination = ResolveFileSystemPath(Destination);
        if (ParameterSetName == RecordSet)
        {
            foreach (var record in InputObject)
            {
                var path = Directory.Exists(destination)
                    ? System.IO.Path.Combine(destination, System.IO.Path.GetFileName(record.Metadata.FileName ?? record.Hash.Hex))
                    : destination;
                Save(record.Hash.ToString(), record.Hash, path);
            }

            return;
        }

        foreach (var text in Hash)
        {
            if (!ContentHash.TryParse(text, out var hash))
            {
                WriteError(new ErrorRecord(new FormatException($"'{text}' is not a SHA-256 hash (64 hex digits, sha256:<hex> or a blob name sha256/ab/<hex>)."), HashInvalidErrorId, ErrorCategory.InvalidArgument, text));
                continue;
            }

            Save(text, hash, Directory.Exists(destination) ? System.IO.Path.Combine(destination, hash.Hex) : destination);
        }
    }

    private void Save(string what, ContentHash hash, string path)
    {
        ThrowIfStopping();
        if (!Force && File.Exists(path))
        {
            WriteError(new ErrorRecord(new IOException($"'{path}' already exists; use -Force to overwrite it."), SaveFailedErrorId, ErrorCategory.ResourceExists, path));
            return;
        }

        if (!ShouldProcess(path, $"Save evidence {hash}"))
        {
            return;
        }

        try
        {
            WriteObject(Await(ct => service!.SaveAsync(hash, path, Force, ct)));
        }
        catch (EvidenceNotFoundException ex)
        {
            WriteError(ComplianceStore.Error(ex, NotFoundErrorId, ErrorCategory.ObjectNotFound, what, $"Evidence {hash} is not in the store"));
        }
        catch (EvidenceIntegrityException ex)
        {
            WriteError(ComplianceStore.Error(ex, IntegrityErrorId, ErrorCategory.InvalidData, what, $"Evidence {hash} was not saved: its content does not match its hash"));
        }
        catch (Exception ex) when (ex is EvidenceException or IOException or UnauthorizedAccessException)
        {
            WriteError(ComplianceStore.Error(ex, SaveFailedErrorId, ErrorCategory.WriteError, path, $"Could not save evidence {hash} to '{path}'; nothing was left there"));
        }
    }
}
