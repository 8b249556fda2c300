using System.Text;

namespace AiRegOps.Core.IO;

/// <summary>
/// Writes a set of files so that a failure never leaves half a set behind. Everything is first written into a
/// hidden temporary folder next to the target (same volume, so moves are renames). A target that does not exist yet
/// is then created by renaming that folder: all or nothing. A target that exists keeps its other files; each file of
/// the set replaces its namesake by a rename, only after the whole set was written. On any failure before that point
/// the temporary folder is deleted and the target is untouched.
/// </summary>
public sealed class AtomicDirectoryWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The default writer.</summary>
    public static AtomicDirectoryWriter Default { get; } = new();

    /// <summary>Test hook: called before each file is written to the temporary folder (throw to simulate a failure).</summary>
    internal Action<string>? BeforeFileWritten { get; init; }

    /// <summary>Test hook: called before the completed set is moved into place.</summary>
    internal Action? BeforeCommit { get; init; }

    /// <summary>Writes <paramref name="files"/> into <paramref name="targetDirectory"/>; returns the full paths written.</summary>
    /// <exception cref="ComplianceInputException">The target is a file, or a relative path leaves the folder.</exception>
    public IReadOnlyList<string> Write(string targetDirectory, IReadOnlyList<OutputFile> files)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetDirectory);
        ArgumentNullException.ThrowIfNull(files);
        var target = Path.GetFullPath(targetDirectory);
        if (File.Exists(target))
        {
            throw new ComplianceInputException("-OutputPath", "a folder (it is a file)", target);
        }

        foreach (var file in files)
        {
            Resolve(target, file.RelativePath);
        }

        var parent = Path.GetDirectoryName(target) ?? throw new ComplianceInputException("-OutputPath", "a folder below a root", target);
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.tmp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            foreach (var file in files)
            {
                BeforeFileWritten?.Invoke(file.RelativePath);
                var path = Resolve(staging, file.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Content, Utf8);
            }

            BeforeCommit?.Invoke();
            if (!Directory.Exists(target))
            {
                Directory.Move(staging, target);
            }
            else
            {
                foreach (var file in files)
                {
                    var destination = Resolve(target, file.RelativePath);
                    Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                    File.Move(Resolve(staging, file.RelativePath), destination, overwrite: true);
                }
            }
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }

        return files.Select(f => Resolve(target, f.RelativePath)).ToList();
    }

    private static string Resolve(string root, string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (string.IsNullOrWhiteSpace(relativePath) || Path.IsPathRooted(relativePath) || !full.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new ComplianceInputException("output file name", "a relative path inside the output folder", relativePath);
        }

        return full;
    }
}
