namespace AiRegOps.Core.Calendar;

/// <summary>
/// Reads State Council holiday notices from JSON: a holiday-cn year file (<c>{year, papers, days:[{name, date, isOffDay}]}</c>,
/// https://github.com/NateScarlet/holiday-cn), a JSON array of such objects, or the project's combined file
/// (<c>{source, license, years:[...]}</c>). Every problem is a <see cref="HolidayDataException"/> naming the file,
/// line, column and JSON path, and what was expected there.
/// </summary>
public static class HolidayNoticeReader
{
    /// <summary>Reads the notices in the file at <paramref name="path"/>; errors name the path as given.</summary>
    public static IReadOnlyList<HolidayNotice> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new HolidayJsonParser(File.ReadAllBytes(path), path).Parse();
    }

    /// <summary>Reads the notices in <paramref name="json"/>; errors name <paramref name="sourceName"/>.</summary>
    public static IReadOnlyList<HolidayNotice> Read(Stream json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        using var buffer = new MemoryStream();
        json.CopyTo(buffer);
        return new HolidayJsonParser(buffer.ToArray(), sourceName).Parse();
    }
}
