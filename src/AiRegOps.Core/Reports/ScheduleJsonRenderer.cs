using System.Text.Json.Nodes;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.IO;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Reports;

/// <summary>
/// The schedules as JSON for scripts: dates as "yyyy-MM-dd" strings, statuses and confidence as kebab-case names,
/// lists as arrays, camelCase keys. Dated items and standing duties (no due date) are listed apart, as in the other
/// report formats.
/// </summary>
public static class ScheduleJsonRenderer
{
    public static string Render(IReadOnlyList<ServiceSchedule> schedules, bool includeNotApplicable = false)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        var services = new JsonArray();
        foreach (var schedule in schedules)
        {
            var rows = ScheduleRows.Of(schedule, includeNotApplicable).ToList();
            services.Add(new JsonObject
            {
                ["service"] = schedule.Service.Name,
                ["displayName"] = schedule.Service.DisplayName,
                ["asOf"] = Iso.Date(schedule.AsOf),
                ["catalogueVersion"] = schedule.CatalogueVersion,
                ["publicOpinionAttributes"] = schedule.PublicOpinion.HasPublicOpinionAttributes,
                ["dated"] = JsonOutput.Array(rows.Where(r => r.DueDate is not null).Select(Item)),
                ["standing"] = JsonOutput.Array(rows.Where(r => r.DueDate is null).Select(Item)),
                ["warnings"] = JsonOutput.Array(schedule.Warnings),
            });
        }

        return JsonOutput.Write(new JsonObject { ["services"] = services });
    }

    private static JsonObject Item(ScheduleItem item) => new()
    {
        ["obligation"] = item.ObligationId,
        ["seedRef"] = item.SeedRef,
        ["title"] = item.Title,
        ["period"] = item.PeriodKey,
        ["dueDate"] = item.DueDate is { } due ? Iso.Date(due) : null,
        ["status"] = KebabName<ScheduleStatus>.Of(item.Status),
        ["triggeredOn"] = item.TriggeredOn is { } on ? Iso.Date(on) : null,
        ["deadline"] = item.Deadline,
        ["citations"] = JsonOutput.Array(item.Citations),
        ["confidence"] = KebabName<Confidence>.Of(item.Confidence),
        ["isPolicy"] = item.IsPolicy,
        ["isAdvisory"] = item.IsAdvisory,
        ["satisfiedBy"] = item.SatisfiedBy,
        ["reasons"] = JsonOutput.Array(item.Reasons),
        ["warnings"] = JsonOutput.Array(item.Warnings),
    };
}
