using AiRegOps.Core.Calendar;

namespace AiRegOps.Core.Tests.Calendar;

/// <summary>
/// The scheduler's hot paths allocate nothing per day. Counted in bytes on this thread, not timed.
/// </summary>
public sealed class AllocationTests
{
    [Fact]
    public void IsWorkingDay_does_not_allocate()
    {
        var calendar = ChinaWorkingDayCalendar.Default;
        var start = new DateOnly(2000, 1, 1);
        var count = 0;
        count += Count(calendar, start); // warm up: JIT and the lazy Default

        var before = GC.GetAllocatedBytesForCurrentThread();
        count += Count(calendar, start);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.True(count > 0);

        static int Count(ChinaWorkingDayCalendar calendar, DateOnly start)
        {
            var working = 0;
            for (var i = 0; i < 15_000; i++)
            {
                working += calendar.IsWorkingDay(start.AddDays(i)) ? 1 : 0;
            }

            return working;
        }
    }

    [Fact]
    public void AddWorkingDays_allocates_the_result_only_whatever_the_amount()
    {
        var periods = PeriodCalculator.Default;
        var start = new DateOnly(2008, 1, 2);
        Measure(periods, start, 1); // warm up
        Measure(periods, start, 2000);

        // 2008-01-02 plus 2000 working days stays inside the notices (around 2016), so no warnings are allocated.
        Assert.Empty(periods.AddWorkingDays(start, 2000).Warnings);
        Assert.Equal(Measure(periods, start, 1), Measure(periods, start, 2000));

        static long Measure(PeriodCalculator periods, DateOnly start, int amount)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 100; i++)
            {
                periods.AddWorkingDays(start.AddDays(i), amount);
            }

            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
    }

    [Fact]
    public void Results_without_warnings_share_the_empty_list()
    {
        var a = PeriodCalculator.Default.AddCalendarDays(new DateOnly(2025, 3, 1), 3);
        var b = PeriodCalculator.Default.AddMonths(new DateOnly(2025, 3, 1), 3);
        Assert.Same(a.Warnings, b.Warnings);
    }
}
