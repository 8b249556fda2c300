using System.Management.Automation;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// The output folder of one service for cmdlets that write a set of files per service. "{service}" in -OutputPath is
/// replaced by the service name, so several services can be written in one call; without it, a second service in the
/// same call would overwrite the first, which is an error instead.
/// </summary>
internal sealed class OutputFolder(PSCmdlet cmdlet, string outputPath)
{
    public const string Placeholder = "{service}";
    public const string SharedErrorId = "OutputPathShared";

    private readonly Dictionary<string, string> used = new(StringComparer.Ordinal);

    /// <summary>The full path for <paramref name="service"/>, or null after writing an error when another service already used it.</summary>
    public string? For(string service)
    {
        var path = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(
            outputPath.Replace(Placeholder, service, StringComparison.OrdinalIgnoreCase));
        if (used.TryGetValue(path, out var first) && !string.Equals(first, service, StringComparison.OrdinalIgnoreCase))
        {
            cmdlet.WriteError(new ErrorRecord(
                new ArgumentException($"-OutputPath: '{outputPath}' already holds the files of '{first}' from this call; nothing was written for '{service}'. Put {Placeholder} in -OutputPath (e.g. ./out/{Placeholder}) to write one folder per service."),
                SharedErrorId, ErrorCategory.InvalidArgument, service));
            return null;
        }

        used[path] = service;
        return path;
    }
}
