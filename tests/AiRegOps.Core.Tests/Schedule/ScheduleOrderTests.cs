using AiRegOps.Core.Profiles.Loading;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Tests.Schedule;

/// <summary>
/// A schedule lists its items most urgent first, then by obligation id and period key. The scheduler sorts packed
/// numbers instead of comparing items; the order must be the one the item comparer defines.
/// </summary>
public sealed class ScheduleOrderTests
{
    [Theory]
    [InlineData("2024-06-01")]
    [InlineData("2025-10-01")]
    [InlineData("2026-11-28")]
    [InlineData("2028-01-15")]
    public void Every_example_schedule_is_in_comparer_order(string asOf)
    {
        var date = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);
        var profiles = ServiceProfileReader.ReadPath(Path.Combine(AppContext.BaseDirectory, "examples"));
        Assert.NotEmpty(profiles);
        foreach (var profile in profiles)
        {
            var items = ComplianceScheduler.Default.Build(profile, date).Items;
            for (var i = 1; i < items.Count; i++)
            {
                Assert.True(ScheduleOrder.Instance.Compare(items[i - 1], items[i]) <= 0, $"{profile.Name} on {asOf}: {items[i - 1]} before {items[i]}");
            }
        }
    }

    [Fact]
    public void Periods_of_one_obligation_due_the_same_day_are_ordered_by_key()
    {
        var profile = Assert.Single(ServiceProfileReader.ReadPath(Path.Combine(AppContext.BaseDirectory, "examples", "genai-chat")));
        var dated = ComplianceScheduler.Default.Build(profile, new DateOnly(2026, 11, 28)).Items.First(i => i.DueDate is not null);
        var other = ComplianceScheduler.Default.Build(profile, new DateOnly(2026, 11, 28)).Items.Last(i => i.DueDate is null);
        ScheduleItem[] items = [other, dated with { PeriodKey = "c" }, dated with { PeriodKey = "a" }, dated with { PeriodKey = "b" }];

        ScheduleOrder.Sort(items);

        Assert.Equal(["a", "b", "c", other.PeriodKey], items.Select(i => i.PeriodKey));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(600)]
    public void Long_and_short_schedules_sort_in_comparer_order(int count)
    {
        var profile = Assert.Single(ServiceProfileReader.ReadPath(Path.Combine(AppContext.BaseDirectory, "examples", "genai-chat")));
        var made = ComplianceScheduler.Default.Build(profile, new DateOnly(2026, 11, 28)).Items;
        var random = new Random(count);
        var items = new ScheduleItem[count];
        for (var i = 0; i < count; i++)
        {
            // Few distinct dates and keys, so many items tie on the date and the obligation.
            var source = made[random.Next(made.Count)];
            DateOnly? due = random.Next(4) == 0 ? null : new DateOnly(2026, 1, 1).AddDays(random.Next(20));
            items[i] = source with { DueDate = due, PeriodKey = $"p{random.Next(5)}" };
        }

        ScheduleOrder.Sort(items);

        for (var i = 1; i < items.Length; i++)
        {
            Assert.True(ScheduleOrder.Instance.Compare(items[i - 1], items[i]) <= 0, $"{items[i - 1]} before {items[i]}");
        }
    }

    [Fact]
    public void Items_made_outside_the_scheduler_sort_by_their_ids()
    {
        static ScheduleItem Item(string id, DateOnly? due) => new()
        {
            Service = "s", ObligationId = id, Title = id, PeriodKey = "continuous", Status = ScheduleStatus.Due, Citations = [], DueDate = due,
        };
        ScheduleItem[] items = [Item("b", null), Item("c", new DateOnly(2026, 1, 2)), Item("a", null), Item("d", new DateOnly(2026, 1, 1))];

        ScheduleOrder.Sort(items);

        Assert.Equal(["d", "c", "a", "b"], items.Select(i => i.ObligationId));
    }
}
