using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using AiRegOps.Core.Profiles.Loading;

namespace AiRegOps.PowerShell.Completers;

/// <summary>
/// Completes service names from the profiles named by the command's -Path, or else from airegops.yml in the current
/// folder. Unreadable profiles complete nothing: completion never reports errors.
/// </summary>
public sealed class ServiceNameCompleter : IArgumentCompleter
{
    public const string DefaultProfileFile = "airegops.yml";

    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        ArgumentNullException.ThrowIfNull(fakeBoundParameters);
        var current = CurrentFileSystemLocation();
        var paths = fakeBoundParameters["Path"] switch
        {
            string one => [one],
            IEnumerable many => many.Cast<object?>().Select(p => p?.ToString()).OfType<string>().ToArray(),
            _ => [DefaultProfileFile],
        };

        var names = new List<(string, string)>();
        foreach (var path in paths)
        {
            var full = System.IO.Path.GetFullPath(path, current);
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                continue;
            }

            try
            {
                names.AddRange(ServiceProfileReader.ReadPath(full).Select(p => (p.Name, p.DisplayName ?? p.Name)));
            }
#pragma warning disable CA1031 // Completion must never throw at the user; a bad profile simply completes nothing.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }

        return Completions.For(wordToComplete, names);
    }

    // Completion runs on the pipeline thread of the current runspace: ask it for the location in a nested pipeline.
    private static string CurrentFileSystemLocation()
    {
        using var shell = System.Management.Automation.PowerShell.Create(RunspaceMode.CurrentRunspace);
        var location = shell.AddCommand("Microsoft.PowerShell.Management\\Get-Location").AddParameter("PSProvider", "FileSystem").Invoke<PathInfo>();
        return location.Count > 0 ? location[0].ProviderPath : Environment.CurrentDirectory;
    }
}
