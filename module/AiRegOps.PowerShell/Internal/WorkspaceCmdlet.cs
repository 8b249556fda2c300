using System.Management.Automation;
using AiRegOps.Core;
using AiRegOps.Core.Calendar;
using AiRegOps.Core.Evidence;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Records;
using AiRegOps.Core.Workspace;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// A cmdlet that computes through the compliance workspace: it shares -HolidayFile and -StateFolder, and opens the
/// workspace once (the calendar, the record store with the recorded filings and ethics registrations, the session's
/// evidence store and the clock). Each such cmdlet is parameters -> one call on <see cref="Workspace"/> -> output.
/// </summary>
public abstract class WorkspaceCmdlet : AiRegOpsCmdlet
{
    private ComplianceWorkspace? workspace;
    private ComplianceRecords? records;
    private EvidenceService? evidence;
    private KnownNames? known;

    /// <summary>A holiday notice file adding or overriding years of the shipped working-day calendar (default: $env:AIREGOPS_HOLIDAY_FILE).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? HolidayFile { get; set; }

    /// <summary>A local folder that holds the records (filings, ethics registrations) instead of the session's store (default: AIREGOPS_STATE, else the store Set-ComplianceStore chose).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? StateFolder { get; set; }

    /// <summary>The workspace, opened on first use; a service's records are read when it is first computed.</summary>
    protected ComplianceWorkspace Workspace => workspace ??= Open();

    /// <summary>The session's evidence store (Set-ComplianceStore), opened once for this command.</summary>
    protected EvidenceService EvidenceStore => evidence ??= ComplianceStore.Open(this);

    /// <summary>The names a write is checked against (read on first use).</summary>
    internal KnownNames Known => known ??= new KnownNames(this, Workspace, EvidenceStore, Records.Evidence, StopToken);

    /// <summary>Where records are kept for this command.</summary>
    internal ComplianceRecords Records => records ??= ComplianceRecords.For(this, StateFolder, () => EvidenceStore);

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
            ThrowTerminatingError(ComplianceStore.Error(ex, ComplianceStore.FailedErrorId, ErrorCategory.ReadError, service, "Could not read the records and completions"));
            throw; // not reached
        }
    }

    // No holiday file leaves the calendar to the workspace, which loads the shipped one on first use: the command can
    // then read its profiles while the module's warm-up is still loading the calendar.
    private ComplianceWorkspace Open() => OpenWorkspace(Internal.HolidayFile.Override(this, HolidayFile), Records.Store, EvidenceStore);

    /// <summary>
    /// The workspace a cmdlet computes through, over its calendar (null: the shipped one, loaded on first use), its
    /// record store and its evidence store. The module's warm-up opens one the same way, so the first command finds
    /// that path ready.
    /// </summary>
    internal static ComplianceWorkspace OpenWorkspace(PeriodCalculator? periods, ComplianceRecordStore records, EvidenceService evidence) => new(new ComplianceWorkspaceOptions
    {
        Periods = periods,
        Filings = records,
        Ethics = records,
        Completions = new SessionCompletions(evidence),
    });

    /// <summary>The session's evidence ledger as completions; a name the ledger cannot hold has none.</summary>
    private sealed class SessionCompletions(EvidenceService evidence) : ICompletionSource
    {
        public Task<IReadOnlyList<CompletionRecord>> GetCompletionsAsync(string service, CancellationToken cancellationToken) =>
            ServiceNames.IsValid(service) ? evidence.GetCompletionsAsync(service, cancellationToken) : Task.FromResult<IReadOnlyList<CompletionRecord>>([]);
    }
}
