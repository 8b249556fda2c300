using System.Management.Automation;
using AiRegOps.Labels.Checking;
using AiRegOps.Labels.Writing;
using AiRegOps.PowerShell.Internal;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// Writes a GB 45438-2025 implicit label (AIGC metadata) into PNG, JPEG, MP4/MOV, WAV, MP3, DOCX/XLSX/PPTX and Markdown
/// files, atomically, and reads it back before reporting success. A file that already has a label, or a label that
/// would not be compliant, is refused and left unchanged. -WhatIf checks the files and writes nothing.
/// </summary>
[Cmdlet(VerbsCommon.Add, "AigcLabel", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType("AiRegOps.Labels.Checking.AigcLabelResult")]
public sealed class AddAigcLabelCommand : AiRegOpsCmdlet
{
    public const string FailedErrorId = "AigcLabelWriteFailed";

    private LabelWriter? writer;

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = [];

    /// <summary>"1" AI-generated, "2" possibly, "3" suspected (the meanings are inferred from Labelling Measures Art. 6).</summary>
    [Parameter]
    [ValidateSet("1", "2", "3")]
    public string Label { get; set; } = "1";

    /// <summary>The provider's 27-character code (or its name in the allowed character set).</summary>
    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string ContentProducer { get; set; } = string.Empty;

    /// <summary>The content number; default: a new GUID without dashes (32 characters).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? ProduceID { get; set; }

    [Parameter]
    public string ReservedCode1 { get; set; } = string.Empty;

    [Parameter]
    public string ContentPropagator { get; set; } = string.Empty;

    [Parameter]
    public string PropagateID { get; set; } = string.Empty;

    [Parameter]
    public string ReservedCode2 { get; set; } = string.Empty;

    protected override void BeginProcessing() => writer = new LabelWriter();

    protected override void ProcessRecord()
    {
        foreach (var path in Path)
        {
            ThrowIfStopping();
            string[] files;
            try
            {
                files = SessionState.Path.GetResolvedProviderPathFromPSPath(path, out _).Where(File.Exists).ToArray();
            }
            catch (ItemNotFoundException)
            {
                WriteError(new ErrorRecord(new FileNotFoundException($"'{path}' does not exist.", path), FailedErrorId, ErrorCategory.ObjectNotFound, path));
                continue;
            }

            foreach (var file in files)
            {
                Add(file);
            }
        }
    }

    private void Add(string file)
    {
        var fields = new LabelFields
        {
            Label = Label,
            ContentProducer = ContentProducer,
            ProduceID = ProduceID ?? Guid.NewGuid().ToString("N"),
            ReservedCode1 = ReservedCode1,
            ContentPropagator = ContentPropagator,
            PropagateID = PropagateID,
            ReservedCode2 = ReservedCode2,
        };
        try
        {
            var before = writer!.Preflight(file);
            if (!ShouldProcess(file, $"Add the implicit label {fields.ToJson()} to this {before.Format} file"))
            {
                return;
            }

            AigcLabelResult result = writer.Write(file, fields);
            WriteOutput(result);
        }
        catch (LabelWriteException ex)
        {
            WriteError(new ErrorRecord(ex, FailedErrorId, ErrorCategory.InvalidData, file));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            WriteError(new ErrorRecord(new IOException($"Could not label '{file}': {ex.Message}", ex), FailedErrorId, ErrorCategory.WriteError, file));
        }
    }
}
