using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Runtime.CompilerServices;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Profiles.Loading;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// Reads service profiles for a cmdlet: resolves PowerShell paths, reads them through one <see cref="ProfileFileSet"/>
/// per command (which files are profiles, each file once, names unique across files), says with -Verbose which files
/// were read, and reports each problem as its own error.
/// </summary>
internal static class ProfileInput
{
    private static readonly ConditionalWeakTable<PSCmdlet, ProfileFileSet> Sets = [];

    /// <summary>The error id for a profile that failed validation; one error record per problem.</summary>
    public const string InvalidErrorId = "ProfileInvalid";

    /// <summary>The file-system paths <paramref name="path"/> (wildcards allowed) stands for, or an error for each miss.</summary>
    public static IEnumerable<string> Resolve(PSCmdlet cmdlet, string path)
    {
        Collection<string> resolved;
        ProviderInfo provider;
        try
        {
            resolved = cmdlet.SessionState.Path.GetResolvedProviderPathFromPSPath(path, out provider);
        }
        catch (ItemNotFoundException ex)
        {
            cmdlet.WriteError(new ErrorRecord(
                new ItemNotFoundException($"Cannot find the service profile path '{path}': it does not exist.", ex),
                "ProfilePathNotFound", ErrorCategory.ObjectNotFound, path));
            return [];
        }

        if (provider.ImplementingType != typeof(Microsoft.PowerShell.Commands.FileSystemProvider))
        {
            cmdlet.WriteError(new ErrorRecord(
                new ArgumentException($"The service profile path '{path}' is not a file-system path (provider {provider.Name})."),
                "ProfilePathNotFileSystem", ErrorCategory.InvalidArgument, path));
            return [];
        }

        return resolved;
    }

    /// <summary>Every profile under the given paths (wildcards resolved), in order; bad files are reported, not returned.</summary>
    public static IEnumerable<ServiceProfile> FromPaths(PSCmdlet cmdlet, IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            foreach (var resolved in Resolve(cmdlet, path))
            {
                foreach (var profile in Read(cmdlet, resolved))
                {
                    yield return profile;
                }
            }
        }
    }

    /// <summary>The profiles in a file or folder not yet read by this command; on failure, one error record per problem.</summary>
    public static IReadOnlyList<ServiceProfile> Read(PSCmdlet cmdlet, string fileOrFolder) => Read(cmdlet, fileOrFolder, out _);

    /// <summary>As <see cref="Read(PSCmdlet, string)"/>; <paramref name="failed"/> tells whether errors were written.</summary>
    public static IReadOnlyList<ServiceProfile> Read(PSCmdlet cmdlet, string fileOrFolder, out bool failed)
    {
        failed = true;
        try
        {
            var set = Sets.GetValue(cmdlet, static c => new ProfileFileSet { FileRead = file => c.WriteVerbose($"Reading service profiles from {file}") });
            var profiles = set.Read(fileOrFolder);
            failed = false;
            return profiles;
        }
        catch (ProfileValidationException ex)
        {
            foreach (var error in ex.Errors)
            {
                var message = $"{error.File}:{error.Line}:{error.Column}: {error.Path}: {error.Message}";
                cmdlet.WriteError(new ErrorRecord(new InvalidDataException(message, ex), InvalidErrorId, ErrorCategory.InvalidData, error));
            }

            return [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            cmdlet.WriteError(new ErrorRecord(
                new IOException($"Cannot read the service profile '{fileOrFolder}': {ex.Message}", ex),
                "ProfileUnreadable", ErrorCategory.ReadError, fileOrFolder));
            return [];
        }
    }
}
