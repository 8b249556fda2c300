using AiRegOps.Core.Calendar;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Filings;

/// <summary>
/// The filing deadlines, read from the catalogue's deadline rules of the filing obligations (new, change, cancel; a
/// deep-synthesis technical supporter's own filing by reference). Working days per the State Council notices.
/// </summary>
public static class FilingDeadlines
{
    /// <summary>The catalogue rule that dates a kind of filing: the directly binding one, or the cross-reference that carries it.</summary>
    public static DeadlineRule RuleFor(FilingKind kind, FilingRoute? route = null, ObligationCatalogue? catalogue = null)
    {
        var obligations = catalogue ?? ObligationCatalogue.Default;
        if (kind == FilingKind.New && route is { ByReference: true })
        {
            return obligations.GetObligation(FilingCitations.SupporterFilingObligation).Deadlines[0];
        }

        // The directly binding instrument's rule comes first in the catalogue; cross-references restate its period.
        return obligations.GetObligation(FilingCitations.ObligationFor(kind)).Deadlines[0];
    }

    /// <summary>The number of working days for a kind of filing, as the catalogue states it.</summary>
    public static int WorkingDays(FilingKind kind) => RuleFor(kind).Amount ?? 0;

    /// <summary>What starts the period, in words.</summary>
    public static string EventName(FilingKind kind) => kind switch
    {
        FilingKind.Change => "the change of filed information",
        FilingKind.Cancel => "the termination of the service",
        _ => "the service start",
    };

    /// <summary>What starts the period, in Chinese.</summary>
    public static string EventNameZh(FilingKind kind) => kind switch
    {
        FilingKind.Change => "备案信息变更",
        FilingKind.Cancel => "终止服务",
        _ => "提供服务",
    };

    /// <param name="kind">New, change or cancel.</param>
    /// <param name="eventDate">The service start, change or termination date.</param>
    /// <param name="route">How the service comes to the ARR (DSP Art. 19, GAIM Art. 17), if not directly.</param>
    /// <param name="periods">The period calculator; <see cref="PeriodCalculator.Default"/> when null.</param>
    public static FilingDeadline Compute(FilingKind kind, DateOnly eventDate, FilingRoute? route = null, PeriodCalculator? periods = null)
    {
        var calculator = periods ?? PeriodCalculator.Default;
        var rule = RuleFor(kind, route);
        var days = rule.Amount ?? 0;
        var article = FilingCitations.For(kind);
        var result = calculator.AddWorkingDays(eventDate, days);
        var crossReferences = route?.Bases.Where(b => b.RegulationId != article.RegulationId).ToList() ?? [];
        return new FilingDeadline
        {
            Kind = kind,
            Period = result,
            Description = $"{days} working days after {EventName(kind)} on {eventDate:yyyy-MM-dd} ({rule.Source.Display})",
            DescriptionZh = $"自{EventNameZh(kind)}之日（{eventDate:yyyy-MM-dd}）起{days}个工作日内（{rule.Source.Display}）",
            Citations = [article, .. crossReferences],
            Confidence = route is { ByReference: true } ? rule.Confidence : RuleFor(kind).Confidence,
        };
    }
}
