using System.Collections.ObjectModel;
using System.Management.Automation;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Profiles.Loading;

namespace AiRegOps.PowerShell.Internal;

/// <summary>Reads service profiles for a cmdlet: resolves PowerShell paths, reports each problem as its own error.</summary>
internal static class ProfileInput
{
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

    /// <summary>The profiles in a file or folder; on failure, one error record per problem and no profile from that file.</summary>
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

    public static IReadOnlyList<ServiceProfile> Read(PSCmdlet cmdlet, string fileOrFolder) => Read(cmdlet, fileOrFolder, out _);

    /// <summary>As <see cref="Read(PSCmdlet, string)"/>; <paramref name="failed"/> tells whether errors were written.</summary>
    public static IReadOnlyList<ServiceProfile> Read(PSCmdlet cmdlet, string fileOrFolder, out bool failed)
    {
        failed = true;
        try
        {
            var profiles = ServiceProfileReader.ReadPath(fileOrFolder);
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
