using System.Management.Automation;
using AiRegOps.Core;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Filings;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reports;
using AiRegOps.PowerShell.Completers;
using AiRegOps.PowerShell.Internal;
using AiRegOps.PowerShell.Output;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// Prepares the ARR Art. 24 filing package (new, change or cancel) for a service from its profile and/or parameters,
/// and writes it to -OutputPath all or nothing. Missing required information is listed by name, never guessed.
/// </summary>
[Cmdlet(VerbsCommon.New, "AlgorithmFiling", DefaultParameterSetName = ProfileSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(FilingPackage))]
public sealed class NewAlgorithmFilingCommand : WorkspaceCmdlet
{
    public const string IncompleteErrorId = "FilingIncomplete";
    public const string NumberInvalidErrorId = "FilingNumberInvalid";

    private const string ProfileSet = "Profile";
    private const string ParameterSet = "Parameters";

    // Core enums are kept in int fields: a field of a value type from AiRegOps.Core would make the runtime load the
    // engine while PowerShell scans the module's types, before the module initializer can route it to its load context.
    private int kind = (int)FilingKind.New;
    private int? role;
    private OutputFolder? output;

    /// <summary>Service profiles, usually from Import-ServiceProfile.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = ProfileSet)]
    [Alias("Profile")]
    [CoreObject]
    public ServiceProfile[] InputObject { get; set; } = [];

    /// <summary>The service name, to prepare a package from parameters alone.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ParameterSet)]
    [Alias("ServiceName")]
    [ArgumentCompleter(typeof(ServiceNameCompleter))]
    [ValidateNotNullOrEmpty]
    public string Service { get; set; } = string.Empty;

    [Parameter(ValueFromPipelineByPropertyName = true)]
    public FilingKind Kind { get => (FilingKind)kind; set => kind = (int)value; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? OutputPath { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ProviderName { get; set; }

    [Parameter]
    public ObligorRole? Role { get => (ObligorRole?)role; set => role = (int?)value; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ServiceForm { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ApplicationField { get; set; }

    [Parameter]
    public AlgorithmType[]? AlgorithmType { get; set; }

    [Parameter]
    public ProductForm[] Product { get; set; } = [];

    [Parameter]
    public string[] ProductName { get; set; } = [];

    [Parameter]
    public string? BasicPrinciples { get; set; }

    [Parameter]
    public string? Purpose { get; set; }

    [Parameter]
    public string? MainMechanism { get; set; }

    [Parameter]
    [IsoDate("-EventDate")]
    public DateTime? EventDate { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ExistingFilingNumber { get; set; }

    [Parameter]
    public string? ChangeSummary { get; set; }

    [Parameter]
    public string? TerminationArrangements { get; set; }

    /// <summary>Treat missing required information as an error and write nothing.</summary>
    [Parameter]
    public SwitchParameter RequireComplete { get; set; }

    protected override void BeginProcessing()
    {
        if (ExistingFilingNumber is not null && !FilingNumber.TryParse(ExistingFilingNumber, out _))
        {
            try
            {
                FilingNumber.Parse(ExistingFilingNumber, "-ExistingFilingNumber");
            }
            catch (ComplianceInputException ex)
            {
                ThrowTerminatingError(ErrorRecords.Input(ex, NumberInvalidErrorId, ExistingFilingNumber));
            }
        }

        if (OutputPath is not null)
        {
            output = new OutputFolder(this, OutputPath);
        }

        // Recorded filings give change and cancel packages the number of the existing filing: the workspace reads them.
        _ = Workspace;
    }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == ParameterSet)
        {
            Prepare(null, Service);
            return;
        }

        foreach (var profile in InputObject)
        {
            Prepare(profile, profile.Name);
        }
    }

    private void Prepare(ServiceProfile? profile, string service)
    {
        ThrowIfStopping();
        FilingPackage package;
        try
        {
            package = Compute(ct => Workspace.PrepareFilingAsync(profile, Request(profile is null ? service : null), ct), service);
        }
        catch (ComplianceInputException ex)
        {
            WriteError(ErrorRecords.Input(ex, NumberInvalidErrorId, service));
            return;
        }

        foreach (var warning in package.Warnings)
        {
            WriteWarning($"{package.Service}: {warning}");
        }

        if (!package.IsComplete)
        {
            var missing = $"{package.Service}: the {package.Kind} filing package lacks {string.Join("; ", package.MissingFields)}. They are marked 【缺失 / MISSING】 in filing.md with how to supply each.";
            if (RequireComplete)
            {
                WriteError(new ErrorRecord(new InvalidDataException(missing + " Nothing was written (-RequireComplete)."), IncompleteErrorId, ErrorCategory.InvalidData, package));
                return;
            }

            WriteWarning(missing);
        }

        var folder = output?.For(package.Service);
        if (output is not null && folder is null)
        {
            return;
        }

        if (folder is not null && ShouldProcess(folder, $"Write the {package.Kind} filing package of {package.Service} (filing.json, filing.md, self-assessment.md, disclosure.md)"))
        {
            try
            {
                AlgorithmFiling.Write(package, folder);
            }
            catch (ComplianceInputException ex)
            {
                WriteError(ErrorRecords.Input(ex, ErrorRecords.OutputPathInvalid, folder));
                return;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                WriteError(ErrorRecords.WriteFailed(ex, ErrorRecords.OutputWriteFailed, folder));
                return;
            }
        }

        var result = PSObject.AsPSObject(package);
        result.Properties.Add(new PSNoteProperty("OutputPath", folder));
        WriteOutput(result);
    }

    private FilingRequest Request(string? serviceName) => new()
    {
        Kind = Kind,
        ServiceName = serviceName,
        ProviderName = ProviderName,
        Role = Role,
        ServiceForm = ServiceForm,
        ApplicationField = ApplicationField,
        AlgorithmTypes = AlgorithmType,
        Products = Product,
        ProductNames = ProductName,
        Disclosure = BasicPrinciples is null && Purpose is null && MainMechanism is null
            ? null
            : new FilingDisclosure { BasicPrinciples = BasicPrinciples, Purpose = Purpose, MainMechanism = MainMechanism },
        EventDate = EventDate is { } date ? Dates.ToDateOnly(date) : null,
        ExistingFilingNumber = ExistingFilingNumber,
        ChangeSummary = ChangeSummary,
        TerminationArrangements = TerminationArrangements,
    };
}
