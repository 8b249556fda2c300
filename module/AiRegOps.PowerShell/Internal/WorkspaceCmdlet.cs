using System.Management.Automation;
using AiRegOps.Core;
using AiRegOps.Core.Evidence;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reports;
using AiRegOps.Core.Workspace;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// A cmdlet that computes through the compliance workspace: it shares -HolidayFile and -StateFolder, and opens the
/// workspace once (the calendar, the recorded filings and ethics registrations, the session's evidence store and the
/// clock). Each such cmdlet is parameters -> one call on <see cref="Workspace"/> -> output.
/// </summary>
public abstract class WorkspaceCmdlet : AiRegOpsCmdlet
{
    private ComplianceWorkspace? workspace;
    private ComplianceState? state;
    private EvidenceService? evidence;
    private KnownNames? known;

    /// <summary>A holiday notice file adding or overriding years of the shipped working-day calendar (default: $env:AIREGOPS_HOLIDAY_FILE).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? HolidayFile { get; set; }

    /// <summary>The state folder with recorded filings and ethics registrations (default: AIREGOPS_STATE, else ./.airegops/state).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? StateFolder { get; set; }

    /// <summary>The workspace, opened on first use; its records are read then, and a bad state file is a terminating error.</summary>
    protected ComplianceWorkspace Workspace => workspace ??= Open();

    /// <summary>The session's evidence store (Set-ComplianceStore), opened once for this command.</summary>
    protected EvidenceService EvidenceStore => evidence ??= ComplianceStore.Open(this);

    /// <summary>The names a write is checked against (read on first use).</summary>
    internal KnownNames Known => known ??= new KnownNames(this, Workspace, EvidenceStore, StopToken);

    /// <summary>Where records are kept for this command.</summary>
    internal ComplianceState State => state ??= ComplianceState.For(this, StateFolder);

    /// <summary>
    /// Whether opening the workspace reads the records at once, so a damaged state file stops the command before any
    /// output (computing cmdlets). A cmdlet that records reports a damaged file as the error of that record instead.
    /// </summary>
    protected virtual bool ReadsRecordsOnOpen => true;

    /// <summary>The date the command computes for: -AsOf as given, else today in China.</summary>
    protected DateOnly AsOfOrToday(DateTime? given) => Workspace.AsOf(given is { } date ? Dates.ToDateOnly(date) : null);

    /// <summary>Runs one workspace call; store failures become one redacted terminating error naming the service.</summary>
    protected T Compute<T>(Func<CancellationToken, Task<T>> work, string service)
    {
        try
        {
            return Await(work);
        }
        catch (Exception ex) when (ex is EvidenceException or IOException or UnauthorizedAccessException)
        {
            ThrowTerminatingError(ComplianceStore.Error(ex, ComplianceStore.FailedErrorId, ErrorCategory.ReadError, service, "Could not read the recorded completions from the evidence store"));
            throw; // not reached
        }
    }

    private ComplianceWorkspace Open()
    {
        var periods = Internal.HolidayFile.Periods(this, HolidayFile);
        var opened = new ComplianceWorkspace(new ComplianceWorkspaceOptions
        {
            Periods = periods,
            Filings = State.Filings,
            Ethics = State.Ethics,
            Completions = new SessionCompletions(EvidenceStore),
        });
        try
        {
            if (ReadsRecordsOnOpen)
            {
                Await(opened.FilingsAsync);
            }
        }
        catch (ComplianceInputException ex)
        {
            ThrowTerminatingError(ErrorRecords.State(ex, State.Folder));
        }

        return opened;
    }

    /// <summary>The session's evidence ledger as completions; a name the ledger cannot hold has none.</summary>
    private sealed class SessionCompletions(EvidenceService evidence) : ICompletionSource
    {
        public Task<IReadOnlyList<CompletionRecord>> GetCompletionsAsync(string service, CancellationToken cancellationToken) =>
            ServiceNames.IsValid(service) ? evidence.GetCompletionsAsync(service, cancellationToken) : Task.FromResult<IReadOnlyList<CompletionRecord>>([]);
    }
}
