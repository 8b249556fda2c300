using System.Text;

namespace AiRegOps.Core.IO;

/// <summary>
/// Writes one file by writing a temporary sibling and renaming it over the target, so readers see the old content or
/// the new one, never a torn file. Used for reports and for the local state folder.
/// </summary>
public static class AtomicFileWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, string content) => Write(path, content, beforeCommit: null);

    internal static void Write(string path, string content, Action? beforeCommit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(content);
        var target = Path.GetFullPath(path);
        if (Directory.Exists(target))
        {
            throw new ComplianceInputException("-OutputPath", "a file path (it is a folder)", target);
        }

        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.tmp-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllText(temporary, content, Utf8);
            beforeCommit?.Invoke();
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
