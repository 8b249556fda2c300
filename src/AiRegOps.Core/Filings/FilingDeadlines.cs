using AiRegOps.Core.Calendar;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Filings;

/// <summary>
/// The filing deadlines of ARR Art. 24: 10 working days after the service starts (24(1)), 10 after a change of filed
/// information (24(2)), 20 after termination (24(3)); working days per the State Council notices.
/// </summary>
public static class FilingDeadlines
{
    /// <summary>The number of working days for a kind of filing.</summary>
    public static int WorkingDays(FilingKind kind) => kind == FilingKind.Cancel ? 20 : 10;

    /// <summary>What starts the period, in words.</summary>
    public static string EventName(FilingKind kind) => kind switch
    {
        FilingKind.Change => "the change of filed information",
        FilingKind.Cancel => "the termination of the service",
        _ => "the service start",
    };

    /// <param name="kind">New, change or cancel.</param>
    /// <param name="eventDate">The service start, change or termination date.</param>
    /// <param name="route">How the service comes to the ARR (DSP Art. 19, GAIM Art. 17), if not directly.</param>
    /// <param name="periods">The period calculator; <see cref="PeriodCalculator.Default"/> when null.</param>
    public static FilingDeadline Compute(FilingKind kind, DateOnly eventDate, FilingRoute? route = null, PeriodCalculator? periods = null)
    {
        var calculator = periods ?? PeriodCalculator.Default;
        var days = WorkingDays(kind);
        var article = FilingCitations.For(kind);
        var result = calculator.AddWorkingDays(eventDate, days);
        var crossReferences = route?.Bases.Where(b => b.RegulationId != "ARR").ToList() ?? [];

        // ARR Art. 24 binds providers directly [2+]; a supporter filing by reference carries the numbers over [INF].
        var byReference = route is not null && (route.ByReference || route.FilerRole == ObligorRole.TechnicalSupporter);
        return new FilingDeadline
        {
            Kind = kind,
            Period = result,
            Description = $"{days} working days after {EventName(kind)} on {eventDate:yyyy-MM-dd} ({article.Display})",
            Citations = [article, .. crossReferences],
            Confidence = byReference ? Confidence.Unverified : Confidence.Confirmed,
        };
    }
}
