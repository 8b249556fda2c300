using AiRegOps.Core.Calendar;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Filings;
using AiRegOps.Core.Profiles;
using static AiRegOps.Core.Tests.Reports.TestProfiles;

namespace AiRegOps.Core.Tests.Filings;

public sealed class FilingDeadlineTests
{
    // March 2025 has no holidays: 10 working days after Monday 03-03 is Monday 03-17, 20 is Monday 03-31.
    [Theory]
    [InlineData(FilingKind.New, "2025-03-03", "2025-03-17", "ARR Art. 24(1)")]
    [InlineData(FilingKind.Change, "2025-03-03", "2025-03-17", "ARR Art. 24(2)")]
    [InlineData(FilingKind.Cancel, "2025-03-03", "2025-03-31", "ARR Art. 24(3)")]
    // Across National Day 2025 (10-01..10-08 off; 09-28 and 10-11 make-up working days).
    [InlineData(FilingKind.New, "2025-09-26", "2025-10-16", "ARR Art. 24(1)")]
    [InlineData(FilingKind.Cancel, "2025-09-26", "2025-10-30", "ARR Art. 24(3)")]
    public void Filing_deadlines_are_10_10_and_20_working_days(FilingKind kind, string eventDate, string due, string article)
    {
        var deadline = FilingDeadlines.Compute(kind, D(eventDate));

        Assert.Equal(D(due), deadline.DueDate);
        Assert.Equal(PeriodCalculator.Default.AddWorkingDays(D(eventDate), FilingDeadlines.WorkingDays(kind)).DueDate, deadline.DueDate);
        Assert.Equal(article, deadline.Citations[0].Display);
        Assert.Contains(article, deadline.Description, StringComparison.Ordinal);
        Assert.Equal(Confidence.Confirmed, deadline.Confidence);
    }

    [Fact]
    public void A_late_package_says_so()
    {
        var package = AlgorithmFiling.Prepare(Chat(), new FilingRequest(), new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2025, 11, 1, 2, 0, 0, TimeSpan.Zero)));

        Assert.Equal(D("2025-11-01"), package.PreparedOn);
        Assert.Contains(package.Warnings, w => w.Contains("it is late", StringComparison.Ordinal));
    }
}
