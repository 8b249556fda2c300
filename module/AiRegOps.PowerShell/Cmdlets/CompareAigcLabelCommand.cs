using System.Management.Automation;
using AiRegOps.Labels.Checking;
using AiRegOps.PowerShell.Internal;
using AiRegOps.PowerShell.Output;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// Compares the implicit labels of two folders (or two Test-AigcLabel scans), for example before and after a media
/// pipeline: one LabelChange per file, flagging labels removed, changed or forged (Labelling Measures Art. 10).
/// </summary>
[Cmdlet(VerbsData.Compare, "AigcLabel", DefaultParameterSetName = FolderSet)]
[OutputType("AiRegOps.Labels.Checking.LabelChange")]
public sealed class CompareAigcLabelCommand : AiRegOpsCmdlet
{
    private const string FolderSet = "Folder";
    private const string ScanSet = "Scan";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = FolderSet)]
    [ValidateNotNullOrEmpty]
    public string ReferencePath { get; set; } = string.Empty;

    [Parameter(Mandatory = true, Position = 1, ParameterSetName = FolderSet)]
    [ValidateNotNullOrEmpty]
    public string DifferencePath { get; set; } = string.Empty;

    [Parameter(Mandatory = true, ParameterSetName = ScanSet)]
    [CoreObject]
    public AigcLabelResult[] ReferenceScan { get; set; } = [];

    [Parameter(Mandatory = true, ParameterSetName = ScanSet)]
    [CoreObject]
    public AigcLabelResult[] DifferenceScan { get; set; } = [];

    /// <summary>Only the files whose label was removed, changed or forged.</summary>
    [Parameter]
    public SwitchParameter ViolationsOnly { get; set; }

    protected override void EndProcessing()
    {
        IReadOnlyList<LabelChange> changes;
        if (ParameterSetName == FolderSet)
        {
            var reference = Folder(ReferencePath);
            var difference = Folder(DifferencePath);
            var scanner = new LabelScanner();
            var before = LabelScanner.Expand(reference).Select(scanner.CheckFile).ToList();
            var after = LabelScanner.Expand(difference).Select(scanner.CheckFile).ToList();
            changes = LabelComparer.Compare(before, reference, after, difference);
        }
        else
        {
            changes = LabelComparer.Compare(ReferenceScan, LabelComparer.CommonRoot(ReferenceScan), DifferenceScan, LabelComparer.CommonRoot(DifferenceScan));
        }

        foreach (var change in changes.Where(c => !ViolationsOnly || c.IsViolation))
        {
            WriteOutput(change);
        }
    }

    private string Folder(string path)
    {
        var full = SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);
        if (!Directory.Exists(full))
        {
            ThrowTerminatingError(new ErrorRecord(new DirectoryNotFoundException($"'{path}' is not a folder."), "AigcLabelFolderNotFound", ErrorCategory.ObjectNotFound, path));
        }

        return full;
    }
}
