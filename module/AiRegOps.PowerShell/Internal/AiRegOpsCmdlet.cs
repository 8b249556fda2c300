using System.Management.Automation;
using AiRegOps.Core.Catalogue;
using AiRegOps.PowerShell.Output;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// What every AiRegOps cmdlet shares: a cancellation source that Ctrl+C (StopProcessing) cancels, date conversion and
/// error records with stable ids. Work runs on the pipeline thread; nothing here writes from another thread.
/// </summary>
public abstract class AiRegOpsCmdlet : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private bool disposed;

    /// <summary>Cancelled when the user presses Ctrl+C or a downstream command stops the pipeline.</summary>
    protected CancellationToken StopToken => stopping.Token;

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposed && disposing)
        {
            stopping.Dispose();
        }

        disposed = true;
    }

    protected override void StopProcessing() => stopping.Cancel();

    /// <summary>Ends the command the way PowerShell expects once the pipeline is being stopped.</summary>
    protected void ThrowIfStopping()
    {
        if (stopping.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
    }

    /// <summary>
    /// Waits on the pipeline thread for async core work started with <see cref="StopToken"/>; Ctrl+C cancels it and
    /// ends the command as a stopped pipeline.
    /// </summary>
    protected T Await<T>(Func<CancellationToken, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            return work(StopToken).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
    }

    /// <summary>The shipped catalogue; a terminating error if it cannot be loaded (a broken build, not a user error).</summary>
    protected ObligationCatalogue Catalogue
    {
        get
        {
            try
            {
                return ObligationCatalogue.Default;
            }
            catch (CatalogueException ex)
            {
                ThrowSetupError(ex, "CatalogueUnavailable", ErrorCategory.InvalidData, null);
                throw; // not reached: ThrowTerminatingError always throws
            }
        }
    }

    /// <summary>
    /// Writes a core object as its output form (<see cref="OutputObjects"/>): ISO dates, enum names and arrays that
    /// ConvertTo-Json, Export-Csv and format views render the same in every culture.
    /// </summary>
    protected void WriteOutput(object? value) => WriteObject(OutputObjects.From(value));

    /// <summary>Writes each item of a sequence as its output form.</summary>
    protected void WriteOutputs(System.Collections.IEnumerable values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values)
        {
            WriteOutput(value);
        }
    }

    /// <summary>A non-terminating error for one failed item.</summary>
    protected void WriteItemError(Exception exception, string errorId, ErrorCategory category, object? target) =>
        WriteError(new ErrorRecord(exception, errorId, category, target));

    /// <summary>A terminating error for a setup failure (bad holiday file, unreadable input the whole command needs).</summary>
    protected void ThrowSetupError(Exception exception, string errorId, ErrorCategory category, object? target) =>
        ThrowTerminatingError(new ErrorRecord(exception, errorId, category, target));

    /// <summary>The full file-system path for a user-supplied path relative to the current PowerShell location.</summary>
    protected string ResolveFileSystemPath(string path) => SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);
}
