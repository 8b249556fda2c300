using System.Management.Automation;
using AiRegOps.Core.Evidence;
using AiRegOps.PowerShell.Internal;
using AiRegOps.PowerShell.Output;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// Downloads evidence from the session's store into a folder (created when missing), verifying its SHA-256 as it
/// streams. Each file keeps its recorded name (or its hash); a name already taken is an error unless -Force. A file
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
    public const string DestinationExistsErrorId = "EvidenceDestinationExists";
    public const string DestinationNotFolderErrorId = "EvidenceDestinationNotFolder";

    private const string RecordSet = "Record";
    private const string HashSet = "Hash";

    private EvidenceService? service;

    /// <summary>Evidence records, from Get-ComplianceEvidence or Add-ComplianceEvidence.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = RecordSet)]
    [CoreObject]
    public EvidenceRecord[] InputObject { get; set; } = [];

    /// <summary>Content hashes: 64 hex digits, sha256:..., or a blob name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true, ParameterSetName = HashSet)]
    [Alias("ContentHash", "BlobName")]
    [ValidateNotNullOrEmpty]
    public string[] Hash { get; set; } = [];

    /// <summary>The folder to save into; created when missing. Files keep their recorded names.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    public string Destination { get; set; } = string.Empty;

    [Parameter]
    public SwitchParameter Force { get; set; }

    private string folder = string.Empty;

    protected override void BeginProcessing()
    {
        folder = ResolveFileSystemPath(Destination);
        if (File.Exists(folder))
        {
            ThrowSetupError(
                new IOException($"-Destination: expected a folder to save evidence into, but '{folder}' is a file. Give a folder (it is created when missing)."),
                DestinationNotFolderErrorId, ErrorCategory.InvalidArgument, folder);
        }

        service = ComplianceStore.Open(this);
    }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == RecordSet)
        {
            foreach (var record in InputObject)
            {
                Save(record.Hash.ToString(), record.Hash, System.IO.Path.Combine(folder, FileNameOf(record.Metadata.FileName, record.Hash)));
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

            Save(text, hash, System.IO.Path.Combine(folder, hash.Hex));
        }
    }

    private void Save(string what, ContentHash hash, string path)
    {
        ThrowIfStopping();
        if (Directory.Exists(path) || (!Force && File.Exists(path)))
        {
            WriteError(new ErrorRecord(
                new IOException($"Evidence {hash} was not saved: '{path}' already exists{(Directory.Exists(path) ? " as a folder" : "; use -Force to overwrite it")}."),
                DestinationExistsErrorId, ErrorCategory.ResourceExists, path));
            return;
        }

        if (!ShouldProcess(path, $"Save evidence {hash}"))
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
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

    /// <summary>The recorded file name without any folder part, or the hash when none was recorded or it is unusable.</summary>
    private static string FileNameOf(string? recorded, ContentHash hash)
    {
        var name = System.IO.Path.GetFileName(recorded ?? string.Empty);
        return string.IsNullOrWhiteSpace(name) || name is "." or ".." ? hash.Hex : name;
    }
}
