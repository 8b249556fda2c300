namespace AiRegOps.Core.Profiles.Loading;

/// <summary>
/// The profiles of one command over several paths: a folder means its airegops.yml, airegops.yaml and *.airegops.yml
/// files (recursively, dot-folders skipped); a file named directly is read as given; the same file reached twice (named
/// and inside a named folder, or through two wildcards) is read once; the same service name in two files is an error
/// naming both places. Every host that reads profiles from paths goes through here.
/// </summary>
public sealed class ProfileFileSet
{
    private readonly ServiceProfileReader.ReadSession session = new();
    private readonly HashSet<string> seen = new(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    /// <summary>Told the full path of each file as it is read (a cmdlet's -Verbose).</summary>
    public Action<string>? FileRead { get; init; }

    /// <summary>The files read so far.</summary>
    public int FileCount => seen.Count;

    /// <summary>The profiles from <paramref name="fileOrFolder"/> not already read by this set.</summary>
    /// <exception cref="FileNotFoundException">No file or folder there.</exception>
    /// <exception cref="ProfileValidationException">A file is invalid, a folder holds no profile file, or a name repeats one read before.</exception>
    public IReadOnlyList<ServiceProfile> Read(string fileOrFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileOrFolder);
        var full = Path.GetFullPath(fileOrFolder);
        List<string> files;
        if (File.Exists(full))
        {
            files = [full];
        }
        else if (Directory.Exists(full))
        {
            files = ServiceProfileReader.FindProfileFiles(full);
            if (files.Count == 0)
            {
                throw new ProfileValidationException([new ProfileError(fileOrFolder, 1, 1, "(folder)", ServiceProfileReader.NoProfileFiles)]);
            }
        }
        else
        {
            throw new FileNotFoundException($"No service profile file or folder at '{TextSafety.ForMessage(fileOrFolder, 1000)}'.", fileOrFolder);
        }

        foreach (var file in files)
        {
            if (seen.Add(file))
            {
                FileRead?.Invoke(file);
                session.ReadFile(file);
            }
        }

        return session.Drain();
    }
}
