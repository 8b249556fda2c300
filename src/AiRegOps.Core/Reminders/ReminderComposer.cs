using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Reminders;

/// <summary>
/// Turns a service's schedule into the reminder issues it calls for: which items warrant an open issue, and the
/// bilingual title and body of each. Pure and deterministic: the same schedule renders the same bytes, so an
/// unchanged item never causes a write.
/// </summary>
public sealed class ReminderComposer
{
    private readonly ObligationCatalogue? catalogue;

    /// <param name="catalogue">Where titles in Chinese, sources and evidence come from; null renders from the schedule item alone.</param>
    public ReminderComposer(ObligationCatalogue? catalogue = null)
    {
        this.catalogue = catalogue;
    }

    /// <summary>The desired reminders of one service. Items that neither need nor close an issue are left out.</summary>
    public IReadOnlyList<DesiredReminder> Compose(ServiceSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var result = new List<DesiredReminder>(schedule.Items.Count);
        foreach (var item in schedule.Items)
        {
            if (Compose(schedule.Service, item) is { } desired)
            {
                result.Add(desired);
            }
        }

        return result;
    }

    /// <summary>The desired reminder for one item, or null when the item neither needs nor closes an issue.</summary>
    public DesiredReminder? Compose(ServiceProfile profile, ScheduleItem item)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(item);

        // "awaiting:<event>" items name duties whose trigger has not happened: there is nothing to remind about.
        if (item.PeriodKey.StartsWith("awaiting:", StringComparison.Ordinal) && item.Status == ScheduleStatus.NotApplicable)
        {
            return null;
        }

        // Continuing duties with no date are standing controls that the security assessment checks, not tasks with a
        // deadline: an issue per duty per service would bury the dated work.
        if (item.PeriodKey == PeriodKeys.Continuous && item.DueDate is null)
        {
            return null;
        }

        var disposition = item.Status switch
        {
            // Advice from an unconfirmed source never opens an issue of its own; it only keeps one current.
            ScheduleStatus.Due or ScheduleStatus.Overdue when item.IsAdvisory => ReminderDisposition.KeepIfOpen,
            ScheduleStatus.Due or ScheduleStatus.Overdue or ScheduleStatus.PastPolicyTarget => ReminderDisposition.Open,
            ScheduleStatus.Upcoming => ReminderDisposition.KeepIfOpen,
            _ => ReminderDisposition.Close,
        };

        Obligation? obligation = null;
        catalogue?.TryGetObligation(item.ObligationId, out obligation);
        var key = ReminderKey.Of(item);
        var labels = Labels(profile, item.Status);
        var assignees = ReminderOwners.Assignees(profile.Owners);
        var title = Title(item, obligation);
        var text = Body(profile, item, obligation);
        var digest = Digest(title, text, labels, assignees, disposition);
        return new DesiredReminder
        {
            Key = key,
            Disposition = disposition,
            CloseReason = item.Status == ScheduleStatus.Satisfied ? ReminderCloseReason.Completed : ReminderCloseReason.NotPlanned,
            Title = title,
            Body = CapBody(ReminderMarker.Format(key, digest) + "\n" + text, profile.Name),
            Digest = digest,
            Labels = labels,
            Assignees = assignees,
        };
    }

    /// <summary>GitHub refuses an issue body over 65,536 characters.</summary>
    public const int MaxBodyLength = 65_536;

    // A body over GitHub's limit would fail every run: cut it and say where the whole report is.
    internal static string CapBody(string body, string service)
    {
        if (body.Length <= MaxBodyLength)
        {
            return body;
        }

        var pointer = $"\n\n… (cut to GitHub's {MaxBodyLength:N0}-character limit; the full schedule is in `Get-ComplianceSchedule` / `Export-ComplianceReport` for service `{service}`)";
        var keep = MaxBodyLength - pointer.Length;
        if (char.IsHighSurrogate(body[keep - 1]))
        {
            keep--;
        }

        return string.Concat(body.AsSpan(0, keep), pointer);
    }

    /// <summary>Digest over everything AiRegOps writes; 16 hex digits are plenty to tell versions of one issue apart.</summary>
    public static string Digest(string title, string text, IReadOnlyList<string> labels, IReadOnlyList<string> assignees, ReminderDisposition disposition)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(assignees);
        var canonical = string.Join('\u001F', title, text, string.Join(',', labels), string.Join(',', assignees), disposition.ToString());
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    private static IReadOnlyList<string> Labels(ServiceProfile profile, ScheduleStatus status)
    {
        var labels = new List<string> { ReminderLabels.Reminder };
        labels.Add(status switch
        {
            ScheduleStatus.Overdue => ReminderLabels.Overdue,
            ScheduleStatus.Due or ScheduleStatus.PastPolicyTarget => ReminderLabels.Due,
            ScheduleStatus.Upcoming => ReminderLabels.Upcoming,
            ScheduleStatus.Satisfied => ReminderLabels.Satisfied,
            _ => ReminderLabels.NotApplicable,
        });

        foreach (var label in profile.Labels)
        {
            // Labels go through the API, not markdown, so only GitHub's own limits apply: one line, at most 50 characters.
            var clean = MarkdownText.PlainLine(label, ReminderLabels.MaxLength);
            if (clean.Length > 0 && clean.Length <= ReminderLabels.MaxLength && !clean.Contains(',', StringComparison.Ordinal)
                && !ReminderLabels.IsManaged(clean) && !labels.Contains(clean, StringComparer.OrdinalIgnoreCase))
            {
                labels.Add(clean);
            }
        }

        return labels;
    }

    private static string Title(ScheduleItem item, Obligation? obligation)
    {
        var name = obligation?.Title ?? item.Title;
        var zh = obligation?.TitleZh;
        var period = item.PeriodKey == PeriodKeys.Continuous ? string.Empty : $" ({item.PeriodKey})";
        var title = zh is null ? $"{item.Service}: {name}{period}" : $"{item.Service}: {name} / {zh}{period}";
        return MarkdownText.PlainLine(title, 240);
    }

    private static string Body(ServiceProfile profile, ScheduleItem item, Obligation? obligation)
    {
        var e = MarkdownText.Escape;
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder(2048);
        var zh = obligation?.TitleZh is { } titleZh ? $" · {e(titleZh)}" : string.Empty;
        text.Append(inv, $"## {e(obligation?.Title ?? item.Title)}{zh}\n\n");
        text.Append("| | |\n| --- | --- |\n");
        var display = string.IsNullOrWhiteSpace(profile.DisplayName) ? string.Empty : $" ({e(profile.DisplayName)})";
        text.Append(inv, $"| Service · 服务 | {e(item.Service)}{display} |\n");
        text.Append(inv, $"| Status · 状态 | **{StatusText(item.Status)}** |\n");
        text.Append(inv, $"| Due · 截止日期 | {(item.DueDate is { } due ? $"**{due:yyyy-MM-dd}**" : "no fixed date · 无固定日期 (continuing duty · 持续义务)")} |\n");
        if (!string.IsNullOrEmpty(item.Deadline))
        {
            text.Append(inv, $"| Deadline rule · 期限规则 | {e(item.Deadline)} |\n");
        }

        var citations = item.Citations.Count > 0
            ? item.Citations
            : obligation?.Sources.Select(s => s.Display).ToList() ?? [];
        if (citations.Count > 0)
        {
            text.Append(inv, $"| Under · 依据 | {string.Join("; ", citations.Select(c => e(c)))} |\n");
        }

        text.Append(inv, $"| Period · 周期 | {e(item.PeriodKey)} |\n");
        if (item.TriggeredOn is { } triggered)
        {
            text.Append(inv, $"| Triggered on · 触发日期 | {triggered:yyyy-MM-dd} |\n");
        }

        if (item.IsPolicy)
        {
            text.Append("| Interval · 周期性质 | organisational policy, not a legal deadline · 组织内部政策，非法定期限 |\n");
        }

        if (item.IsAdvisory)
        {
            text.Append("| Advisory · 建议性 | from an unconfirmed source; never overdue · 来源未经确认，不计逾期 |\n");
        }

        text.Append(inv, $"| Confidence · 可信度 | {item.Confidence} |\n");
        if (item.SatisfiedBy is { } satisfiedBy)
        {
            text.Append(inv, $"| Satisfied by · 满足依据 | {e(satisfiedBy)} |\n");
        }

        AppendList(text, "Why it applies · 适用理由", item.Reasons);
        AppendList(text, "Evidence that closes it · 关闭此提醒所需证据", obligation?.Evidence ?? []);
        AppendList(text, "Notes · 注意事项", item.Warnings);

        var others = ReminderOwners.Others(profile.Owners);
        if (others.Count > 0)
        {
            text.Append(inv, $"\nOwners · 负责人: {string.Join(", ", others.Select(o => e(o)))}\n");
        }

        text.Append("\n---\n<sub>Opened and kept current by AiRegOps from the service's airegops.yml; it closes when the evidence is recorded. Change the profile, not this issue. · 本议题由 AiRegOps 根据服务的 airegops.yml 自动创建和更新，记录证据后自动关闭；请修改服务档案，而不是本议题。</sub>\n");
        return text.ToString();
    }

    private static void AppendList(StringBuilder text, string heading, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        text.Append("\n### ").Append(heading).Append("\n\n");
        foreach (var line in lines)
        {
            text.Append("- ").Append(MarkdownText.Escape(line)).Append('\n');
        }
    }

    private static string StatusText(ScheduleStatus status) => status switch
    {
        ScheduleStatus.Overdue => "Overdue · 已逾期",
        ScheduleStatus.PastPolicyTarget => "Past policy target · 超出内部目标",
        ScheduleStatus.Due => "Due · 待办",
        ScheduleStatus.Upcoming => "Upcoming · 即将到期",
        ScheduleStatus.Satisfied => "Satisfied · 已满足",
        _ => "No longer applies · 不再适用",
    };
}
