using System.Management.Automation;
using AiRegOps.Core;
using AiRegOps.Core.Calendar;
using AiRegOps.Core.Evidence;
using AiRegOps.Core.IO;
using AiRegOps.Core.Reports;
using AiRegOps.Core.Safety;
using AiRegOps.PowerShell.Completers;
using AiRegOps.PowerShell.Internal;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// Scores generative-AI safety evaluation results (JSON Lines judgements, optionally a keyword library and a corpus
/// sample) against a threshold set (TC260-003-2024 or GB/T 45654-2025): one result per requirement. With -OutputPath,
/// writes safety-results.json for Invoke-SecurityAssessment -SafetyResultsPath; with -Service, -Obligation and -Period,
/// records the input files and the results in the evidence ledger.
/// </summary>
[Cmdlet(VerbsDiagnostic.Measure, "GenAiSafety", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(SafetyResult))]
public sealed class MeasureGenAiSafetyCommand : EvidenceReportCmdlet
{
    public const string InputInvalidErrorId = "SafetyInputInvalid";
    public const string EvidenceFailedErrorId = "SafetyEvidenceFailed";

    /// <summary>The judgements file (JSON Lines); "-" reads standard input.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName", "JudgementsPath")]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = string.Empty;

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? KeywordPath { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? CorpusSamplePath { get; set; }

    /// <summary>Items in the whole training corpus, for the technical-sampling fraction.</summary>
    [Parameter]
    [ValidateRange(1, long.MaxValue)]
    public long? CorpusSize { get; set; }

    /// <summary>The threshold set; by default the newest in force on -AsOf.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(SafetyStandardCompleter))]
    [ValidateNotNullOrEmpty]
    public string? Standard { get; set; }

    [Parameter]
    [IsoDate("-AsOf")]
    public DateTime? AsOf { get; set; }

    /// <summary>A folder to write safety-results.json into.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? OutputPath { get; set; }

    protected override void ProcessRecord()
    {
        var asOf = AsOf is { } given ? Dates.ToDateOnly(given) : ChinaTime.Today(TimeProvider.System);
        RequireCompleteEvidenceParameters("SafetyEvidenceParameters");

        var inputs = new SafetyInputs
        {
            JudgementsPath = Resolve(Path),
            KeywordPath = KeywordPath is null ? null : Resolve(KeywordPath),
            CorpusSamplePath = CorpusSamplePath is null ? null : Resolve(CorpusSamplePath),
            CorpusSize = CorpusSize,
            Standard = Standard,
            AsOf = asOf,
        };
        var files = new[] { inputs.JudgementsPath, inputs.KeywordPath, inputs.CorpusSamplePath }.OfType<string>().Where(f => f != "-").ToList();
        foreach (var file in files.Where(f => !File.Exists(f)))
        {
            WriteError(new ErrorRecord(new FileNotFoundException($"The file '{file}' does not exist.", file), InputInvalidErrorId, ErrorCategory.ObjectNotFound, file));
        }

        if (files.Any(f => !File.Exists(f)))
        {
            return;
        }

        SafetyMeasurement measurement;
        try
        {
            measurement = SafetyMeter.Measure(inputs, StopToken);
        }
        catch (SafetyInputException ex)
        {
            foreach (var error in ex.Errors)
            {
                WriteError(new ErrorRecord(new FormatException(error.ToString()), InputInvalidErrorId, ErrorCategory.InvalidData, $"{error.File}:{error.Line}"));
            }

            if (ex.TotalErrors > ex.Errors.Count)
            {
                WriteError(new ErrorRecord(new FormatException($"... and {ex.TotalErrors - ex.Errors.Count} more errors; nothing was scored."), InputInvalidErrorId, ErrorCategory.InvalidData, inputs.JudgementsPath));
            }

            return;
        }
        catch (ComplianceInputException ex)
        {
            WriteError(ErrorRecords.Input(ex, InputInvalidErrorId, null));
            return;
        }
        catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }

        foreach (var warning in measurement.Warnings)
        {
            WriteVerbose(warning);
        }

        var json = SafetyResultsFile.Render(measurement, files.Select(System.IO.Path.GetFileName).OfType<string>());
        if (OutputPath is not null)
        {
            var resultsPath = System.IO.Path.Combine(ResolveFileSystemPath(OutputPath), SafetyResultsFile.FileName);
            if (!WriteReportFile(resultsPath, "Write the safety results", () => json))
            {
                return;
            }
        }

        if (RecordsEvidence)
        {
            Record(files, json, asOf);
        }

        WriteOutputs(measurement.Results);
    }

    // The inputs and the results go into the ledger as one obligation period's evidence: the files as they were scored,
    // the results as the JSON the annex reads.
    private void Record(List<string> files, string json, DateOnly asOf)
    {
        if (!ShouldProcess($"{Service}/{EvidenceObligation}/{Period}", $"Record {files.Count} input files and the safety results as evidence"))
        {
            return;
        }

        var service = ComplianceStore.Open(this);
        var metadata = new EvidenceMetadata
        {
            Service = Service!,
            ObligationId = EvidenceObligation!,
            Period = Period!,
            CompletedOn = asOf,
            AddedBy = Environment.UserName,
            Note = "Measure-GenAiSafety",
        };
        try
        {
            foreach (var file in files)
            {
                var record = Await(ct => service.AddFileAsync(file, metadata with { Note = $"Measure-GenAiSafety input {System.IO.Path.GetFileName(file)}" }, ct));
                WriteVerbose($"Recorded {file} as {record.Hash} (entry {record.Sequence}).");
            }

            using var results = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
            var saved = Await(ct => service.AddAsync(results, metadata with { Note = $"Measure-GenAiSafety results ({SafetyResultsFile.FileName})" }, ct));
            WriteVerbose($"Recorded the results as {saved.Hash} (entry {saved.Sequence}).");
        }
        catch (Exception ex) when (ex is EvidenceException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            WriteError(ComplianceStore.Error(ex, EvidenceFailedErrorId, ErrorCategory.WriteError, Service, "Could not record the safety evidence"));
        }
    }

    private string Resolve(string path) => path == "-" ? path : ResolveFileSystemPath(path);
}
