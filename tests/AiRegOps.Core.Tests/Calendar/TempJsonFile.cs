using System.Text;

namespace AiRegOps.Core.Tests.Calendar;

/// <summary>A JSON file in a fresh temporary folder, deleted with the folder on dispose.</summary>
internal sealed class TempJsonFile : IDisposable
{
    private readonly string folder;

    public TempJsonFile(string fileName, string content, bool byteOrderMark = false)
    {
        folder = Path.Combine(Path.GetTempPath(), "airegops-calendar-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        FilePath = Path.Combine(folder, fileName);
        File.WriteAllText(FilePath, content, new UTF8Encoding(byteOrderMark));
    }

    public string FilePath { get; }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
