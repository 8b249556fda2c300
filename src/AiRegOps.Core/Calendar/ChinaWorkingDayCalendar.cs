using System.Globalization;

namespace AiRegOps.Core.Calendar;

/// <summary>
/// China's working days: Monday-Friday, except the days a State Council holiday notice makes off,
/// plus the weekend days a notice makes working (调休). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The notices are flattened once into a per-day table over the years they cover, so
/// <see cref="IsWorkingDay"/> is an array lookup and <see cref="CountWorkingDaysThrough"/> a prefix sum:
/// the scheduler asks tens of thousands of times a second. Outside the table every day is Monday-Friday.
/// Loading uses arrays and lists of reference types only: a hashed or sorted collection keyed by a date or a year is
/// compiled by the JIT on first use (the runtime's precompiled code has no such instantiation), which a new
/// PowerShell session would wait for on its first cmdlet.
/// </remarks>
public sealed class ChinaWorkingDayCalendar
{
    private const string ResourceName = "AiRegOps.Core.Data.holidays-cn.json";

    // From this day of December a span may depend on the next year's notice (the earliest day a notice has named in the year before is 29 December).
    private const int LastWeekOfDecember = 25;

    private static readonly Lazy<ChinaWorkingDayCalendar> DefaultCalendar = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    // Every loaded notice, published or not, in ascending years (one per year): WithNotices replaces whole years.
    private readonly HolidayNotice[] notices;
    private readonly int[] publishedYears;

    // Day table: index i is the day whose DayNumber is firstDayNumber + i.
    private readonly int firstDayNumber;
    private readonly bool[] working;

    // The notice's entry for each day of the table that a notice names (the later notice where two name one day).
    private readonly HolidayDay?[] named;

    // cumulative[i]: working days from firstDayNumber to firstDayNumber + i, both included.
    private readonly int[] cumulative;

    // Working days before the table starts, counted as Monday-Friday from DateOnly.MinValue.
    private readonly long workingBeforeTable;

    // Notice years as a bitmap over [firstYear, firstYear + hasNotice.Length), for allocation-free warning checks.
    private readonly int firstYear;
    private readonly bool[] hasNotice;

    private ChinaWorkingDayCalendar(HolidayNotice[] notices)
    {
        this.notices = notices;
        var published = new List<HolidayNotice>(notices.Length);
        foreach (var notice in notices)
        {
            if (notice.IsPublished)
            {
                published.Add(notice);
            }
        }

        publishedYears = new int[published.Count];
        for (var i = 0; i < published.Count; i++)
        {
            publishedYears[i] = published[i].Year;
        }

        if (published.Count == 0)
        {
            firstDayNumber = 0;
            working = [];
            named = [];
            cumulative = [];
            workingBeforeTable = 0;
            firstYear = 0;
            hasNotice = [];
            return;
        }

        firstYear = publishedYears[0];
        var lastYear = publishedYears[^1];
        hasNotice = new bool[lastYear - firstYear + 1];
        foreach (var year in publishedYears)
        {
            hasNotice[year - firstYear] = true;
        }

        // The table starts early enough for a notice's December days of the year before.
        var first = new DateOnly(firstYear, 1, 1);
        foreach (var day in published[0].Days)
        {
            if (day.Date < first)
            {
                first = day.Date;
            }
        }

        firstDayNumber = first.DayNumber;
        var length = new DateOnly(lastYear, 12, 31).DayNumber - firstDayNumber + 1;
        working = new bool[length];
        named = new HolidayDay?[length];
        for (var i = 0; i < length; i++)
        {
            working[i] = IsMondayToFriday(firstDayNumber + i);
        }

        // Ascending years: where two notices name the same day, the later notice (published later) wins.
        foreach (var notice in published)
        {
            foreach (var day in notice.Days)
            {
                working[day.Date.DayNumber - firstDayNumber] = !day.IsOffDay;
                named[day.Date.DayNumber - firstDayNumber] = day;
            }
        }

        cumulative = new int[length];
        var count = 0;
        for (var i = 0; i < length; i++)
        {
            count += working[i] ? 1 : 0;
            cumulative[i] = count;
        }

        workingBeforeTable = MondayToFridayThrough(firstDayNumber - 1);
    }

    /// <summary>The calendar of the notices embedded in this assembly, parsed once per process.</summary>
    public static ChinaWorkingDayCalendar Default => DefaultCalendar.Value;

    /// <summary>The years with a published notice, ascending.</summary>
    public IReadOnlyList<int> YearsWithNotice => publishedYears;

    /// <summary>A calendar of exactly these notices (at most one per year).</summary>
    /// <exception cref="ArgumentException">Two notices for one year, or a notice naming a day twice or a day outside its year.</exception>
    public static ChinaWorkingDayCalendar FromNotices(IEnumerable<HolidayNotice> notices) => new(Collect(notices));

    /// <summary>
    /// A new calendar with these notices added; a notice for a year already loaded replaces that year's
    /// notice as a whole (its days off and make-up days). This calendar is unchanged.
    /// </summary>
    /// <exception cref="ArgumentException">Two of the new notices are for one year, or one is malformed.</exception>
    public ChinaWorkingDayCalendar WithNotices(IEnumerable<HolidayNotice> notices)
    {
        var replacements = Collect(notices);
        var merged = new List<HolidayNotice>(this.notices.Length + replacements.Length);
        foreach (var kept in this.notices)
        {
            if (Array.FindIndex(replacements, r => r.Year == kept.Year) < 0)
            {
                merged.Add(kept);
            }
        }

        merged.AddRange(replacements);
        var ordered = merged.ToArray();
        Array.Sort(ordered, ByYear);
        return new ChinaWorkingDayCalendar(ordered);
    }

    /// <summary>Whether <paramref name="date"/> is a working day. O(1), no allocation.</summary>
    public bool IsWorkingDay(DateOnly date)
    {
        var index = date.DayNumber - firstDayNumber;
        return (uint)index < (uint)working.Length ? working[index] : IsMondayToFriday(date.DayNumber);
    }

    /// <summary>Whether a published notice for <paramref name="year"/> is loaded.</summary>
    public bool HasNotice(int year)
    {
        var index = year - firstYear;
        return (uint)index < (uint)hasNotice.Length && hasNotice[index];
    }

    /// <summary>The entry a notice has for <paramref name="date"/> (a day off or a make-up working day), or null if no notice names it.</summary>
    public HolidayDay? FindDay(DateOnly date)
    {
        var index = date.DayNumber - firstDayNumber;
        return (uint)index < (uint)named.Length ? named[index] : null;
    }

    /// <summary>The warning that results depending on <paramref name="year"/> carry, or null when its notice is loaded.</summary>
    public CalendarWarning? WarningFor(int year) =>
        HasNotice(year)
            ? null
            : new CalendarWarning(
                year,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"No State Council holiday notice for {year} is loaded; Monday-Friday was assumed. Add the notice with -HolidayFile when it is published."));

    /// <summary>
    /// The warnings for a result that depends on the days <paramref name="from"/> to <paramref name="to"/>:
    /// one per year in the span without a notice, and one for the following year when the span reaches
    /// the last week of December and that year has no notice, because a New Year notice can move days
    /// in the December before (the 2008, 2012 and 2019 notices did). Allocates only when there are warnings.
    /// </summary>
    internal IReadOnlyList<CalendarWarning> WarningsFor(DateOnly from, DateOnly to)
    {
        List<CalendarWarning>? warnings = null;
        for (var year = from.Year; year <= to.Year; year++)
        {
            if (!HasNotice(year))
            {
                (warnings ??= []).Add(WarningFor(year)!);
            }
        }

        var next = to.Year + 1;
        if (to.Month == 12 && to.Day >= LastWeekOfDecember && next <= DateOnly.MaxValue.Year && !HasNotice(next))
        {
            (warnings ??= []).Add(new CalendarWarning(
                next,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"No State Council holiday notice for {next} is loaded; it may move days at the end of December {to.Year} (a New Year holiday can start early), which were counted without it. Add the notice with -HolidayFile when it is published.")));
        }

        // Not "[]": with a List on the other branch that would allocate an empty List per call.
        return warnings is null ? Array.Empty<CalendarWarning>() : warnings;
    }

    /// <summary>The loaded notices, published or not, in ascending years.</summary>
    internal IReadOnlyList<HolidayNotice> Notices => notices;

    /// <summary>
    /// Working days from DateOnly.MinValue through the day <paramref name="dayNumber"/>, included.
    /// Monotonic, and steps by one exactly on working days: period arithmetic searches it instead of walking days.
    /// </summary>
    internal long CountWorkingDaysThrough(int dayNumber)
    {
        var index = dayNumber - firstDayNumber;
        if (index < 0)
        {
            return MondayToFridayThrough(dayNumber);
        }

        if (index < cumulative.Length)
        {
            return workingBeforeTable + cumulative[index];
        }

        var lastTableDay = firstDayNumber + cumulative.Length - 1;
        var tableTotal = cumulative.Length == 0 ? 0 : cumulative[^1];
        return workingBeforeTable + tableTotal + MondayToFridayThrough(dayNumber) - MondayToFridayThrough(lastTableDay);
    }

    // DayNumber 0 (0001-01-01) is a Monday, so the weekday is the day number modulo 7.
    private static bool IsMondayToFriday(int dayNumber) => dayNumber % 7 < 5;

    // Monday-Friday days in [0, dayNumber]; 0 for dayNumber -1.
    private static long MondayToFridayThrough(int dayNumber)
    {
        long days = (long)dayNumber + 1;
        return (days / 7 * 5) + Math.Min(days % 7, 5);
    }

    // The notices in ascending years, each checked; two for one year are an error.
    private static HolidayNotice[] Collect(IEnumerable<HolidayNotice> notices)
    {
        ArgumentNullException.ThrowIfNull(notices);
        var collected = new List<HolidayNotice>();
        foreach (var notice in notices)
        {
            ArgumentNullException.ThrowIfNull(notice, nameof(notices));
            Validate(notice);
            if (collected.Exists(n => n.Year == notice.Year))
            {
                throw new ArgumentException($"Two holiday notices for {notice.Year}; give at most one per year.", nameof(notices));
            }

            collected.Add(notice);
        }

        var ordered = collected.ToArray();
        Array.Sort(ordered, ByYear);
        return ordered;
    }

    private static int ByYear(HolidayNotice x, HolidayNotice y) => x.Year.CompareTo(y.Year);

    private static void Validate(HolidayNotice notice)
    {
        if (notice.Year < DateOnly.MinValue.Year + 1 || notice.Year > DateOnly.MaxValue.Year)
        {
            throw new ArgumentException($"Holiday notice year {notice.Year} is out of range.", nameof(notice));
        }

        if (notice.Papers is null || notice.Days is null)
        {
            throw new ArgumentException($"The {notice.Year} holiday notice needs Papers and Days (empty lists for an unpublished notice).", nameof(notice));
        }

        // A notice names a few dozen days: a scan of the days before is cheaper than a set (see the remarks above).
        var days = notice.Days;
        for (var i = 0; i < days.Count; i++)
        {
            var day = days[i];
            if (day is null)
            {
                throw new ArgumentException($"The {notice.Year} holiday notice has a null day.", nameof(notice));
            }

            if (!HolidayNotice.MayName(notice.Year, day.Date))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The {notice.Year} holiday notice names {day.Date:yyyy-MM-dd}, outside {notice.Year} and the December before."),
                    nameof(notice));
            }

            if (NamedBefore(days, i, day.Date))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The {notice.Year} holiday notice names {day.Date:yyyy-MM-dd} twice."),
                    nameof(notice));
            }
        }
    }

    private static bool NamedBefore(IReadOnlyList<HolidayDay> days, int count, DateOnly date)
    {
        for (var j = 0; j < count; j++)
        {
            if (days[j].Date == date)
            {
                return true;
            }
        }

        return false;
    }

    private static ChinaWorkingDayCalendar LoadDefault()
    {
        using var stream = typeof(ChinaWorkingDayCalendar).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new HolidayDataException($"The embedded holiday data '{ResourceName}' is missing from the build.");
        return FromNotices(HolidayNoticeReader.Read(stream, ResourceName));
    }
}
