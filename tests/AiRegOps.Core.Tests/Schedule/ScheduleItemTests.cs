using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Tests.Schedule;

/// <summary>
/// A scheduler item keeps references and numbers and writes its sentences when read; values given through the init
/// accessors (and <c>with</c>) win, and a copy never changes the item it was made from.
/// </summary>
public sealed class ScheduleItemTests
{
    private static readonly DateOnly AsOf = new(2025, 10, 1);

    private static ServiceProfile Filed() => new()
    {
        Name = "chat",
        Provider = new Provider { Name = "Example Co.", Roles = [ObligorRole.ServiceProvider] },
        PublicInPrc = true,
        Technologies = new ServiceTechnologies { GenerativeAi = true },
        Features = ["ai-chat"],
        LaunchedOn = new DateOnly(2025, 9, 1),
        Filings = [new FilingRecord { Kind = FilingKind.New, Number = "网信算备110108000000001号", FiledOn = new DateOnly(2025, 9, 10) }],
    };

    private static ScheduleItem Filing() =>
        ComplianceScheduler.Default.Build(Filed(), AsOf).Items.First(i => i.ObligationId == "arr-algorithm-filing" && i.Status == ScheduleStatus.Satisfied);

    [Fact]
    public void A_scheduler_item_writes_its_key_deadline_and_satisfaction_from_the_records()
    {
        var item = Filing();

        Assert.Equal("launched@2025-09-01", item.PeriodKey);
        Assert.Equal(new DateOnly(2025, 9, 1), item.TriggeredOn);
        Assert.Equal("new filing 网信算备110108000000001号 on 2025-09-10", item.SatisfiedBy);
        Assert.Contains("launched on 2025-09-01", item.Deadline, StringComparison.Ordinal);
        Assert.Contains(item.Citations, c => c.StartsWith("ARR Art. 24", StringComparison.Ordinal));
        Assert.NotEmpty(item.Reasons);
        Assert.Equal(item.Reasons.Count, item.ReasonDetails.Count);
    }

    [Fact]
    public void With_changes_the_copy_only_and_keeps_the_derived_values()
    {
        var item = Filing();

        var renamed = item with { ObligationId = "renamed", SatisfiedBy = "by hand", PeriodKey = "p" };
        var again = renamed with { Title = "other" };

        Assert.Equal("arr-algorithm-filing", item.ObligationId);
        Assert.Equal("new filing 网信算备110108000000001号 on 2025-09-10", item.SatisfiedBy);
        Assert.Equal("launched@2025-09-01", item.PeriodKey);
        Assert.Equal(("renamed", "by hand", "p"), (renamed.ObligationId, renamed.SatisfiedBy, renamed.PeriodKey));
        Assert.Equal(item.Title, renamed.Title);
        Assert.Equal(item.Reasons, renamed.Reasons);
        Assert.Equal(item.Deadline, renamed.Deadline);
        Assert.Equal("other", again.Title);
        Assert.Equal(item.Title, renamed.Title);
        Assert.Equal("renamed", again.ObligationId);
    }

    [Fact]
    public void Items_are_equal_when_what_a_user_reads_is_equal()
    {
        var first = Filing();
        var second = Filing();

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, first with { Status = ScheduleStatus.Due });
    }
}
