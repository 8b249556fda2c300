namespace AiRegOps.Core.Calendar;

/// <summary>
/// Reads State Council holiday notices from JSON: a holiday-cn year file (<c>{year, papers, days:[{name, date, isOffDay}]}</c>,
/// https://github.com/NateScarlet/holiday-cn), a JSON array of such objects, or the project's combined file
/// (<c>{source, license, years:[...]}</c>). Every problem is a <see cref="HolidayDataException"/> naming the file,
/// line, column and JSON path, and what was expected there.
/// </summary>
public static class HolidayNoticeReader
{
    /// <summary>The largest holiday file read: a year's notice is about 2 KB; decades of them fit many times over.</summary>
    public const int MaxFileLength = 4 * 1024 * 1024;

    /// <summary>Reads the notices in the file at <paramref name="path"/>; errors name the path as given.</summary>
    public static IReadOnlyList<HolidayNotice> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var length = new FileInfo(path).Length;
        if (length > MaxFileLength)
        {
            throw TooLarge(path);
        }

        return new HolidayJsonParser(File.ReadAllBytes(path), path).Parse();
    }

    /// <summary>Reads the notices in <paramref name="json"/>; errors name <paramref name="sourceName"/>.</summary>
    public static IReadOnlyList<HolidayNotice> Read(Stream json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = json.Read(chunk)) > 0)
        {
            if (buffer.Length + read > MaxFileLength)
            {
                throw TooLarge(sourceName);
            }

            buffer.Write(chunk, 0, read);
        }

        return new HolidayJsonParser(buffer.ToArray(), sourceName).Parse();
    }

    private static HolidayDataException TooLarge(string source) =>
        new($"{source}: the holiday file is larger than {MaxFileLength:N0} bytes; it was not read.");
}
