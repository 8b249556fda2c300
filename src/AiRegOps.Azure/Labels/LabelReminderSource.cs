using System.Globalization;
using System.Text;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reminders;
using AiRegOps.Core.Watch;

namespace AiRegOps.Azure.Labels;

/// <summary>
/// One reminder issue per watched service listing the blobs whose label fails (key: service, the first obligation
/// its containers are watched for, period <see cref="PeriodKey"/>). It opens with the first failing blob, is
/// rewritten when the list changes and closes as completed when the list is empty. Planned with the schedule's
/// reminders (<see cref="IServiceReminderSource"/>), so sweeps keep it and never open a second one.
/// </summary>
public sealed class LabelReminderSource : IServiceReminderSource
{
    /// <summary>The reminder's period: label checks of blobs, not a schedule occurrence.</summary>
    public const string PeriodKey = "blob-labels";

    /// <summary>Files named in the issue body; the rest are counted (GitHub caps a body at 65,536 characters).</summary>
    public const int MaxListed = 50;

    private readonly IReadOnlyList<LabelWatch> watches;
    private readonly AzureTableLabelFindingStore findings;
    private readonly ObligationCatalogue catalogue;

    public LabelReminderSource(IReadOnlyList<LabelWatch> watches, AzureTableLabelFindingStore findings, ObligationCatalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(watches);
        ArgumentNullException.ThrowIfNull(findings);
        this.watches = watches;
        this.findings = findings;
        this.catalogue = catalogue ?? ObligationCatalogue.Default;
    }

    /// <summary>The key of the service's label reminder, or null when none of its containers is watched.</summary>
    public ReminderKey? KeyOf(string service) =>
        watches.FirstOrDefault(w => w.Service == service) is { } watch ? new ReminderKey(service, watch.Obligations[0], PeriodKey) : null;

    public async Task<IReadOnlyList<DesiredReminder>> RemindersAsync(ServiceProfile service, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        if (KeyOf(service.Name) is not { } key)
        {
            return [];
        }

        // One more than listed tells "more than" apart; a count of every row would read the whole partition.
        var failing = await findings.ListAsync(service.Name, MaxListed + 1, cancellationToken).ConfigureAwait(false);
        return [Compose(service, key, failing)];
    }

    private DesiredReminder Compose(ServiceProfile service, ReminderKey key, IReadOnlyList<BlobLabelFinding> failing)
    {
        catalogue.TryGetObligation(key.ObligationId, out var obligation);
        var open = failing.Count > 0;
        var disposition = open ? ReminderDisposition.Open : ReminderDisposition.Close;
        var labels = new List<string> { ReminderLabels.Reminder, open ? ReminderLabels.Due : ReminderLabels.Satisfied };
        var assignees = ReminderOwners.Assignees(service.Owners);
        var title = MarkdownText.PlainLine($"{service.Name}: generated files without a conformant implicit label / 生成文件隐式标识不合规", 240);
        var text = Body(service, obligation, failing);
        var digest = ReminderComposer.Digest(title, text, labels, assignees, disposition);
        return new DesiredReminder
        {
            Key = key,
            Disposition = disposition,
            CloseReason = ReminderCloseReason.Completed,
            Title = title,
            Body = ReminderMarker.Format(key, digest) + "\n" + text,
            Digest = digest,
            Labels = labels,
            Assignees = assignees,
        };
    }

    private string Body(ServiceProfile service, Obligation? obligation, IReadOnlyList<BlobLabelFinding> failing)
    {
        var e = MarkdownText.Escape;
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder(4096);
        text.Append("## Implicit labels of generated files · 生成文件的隐式标识\n\n| | |\n| --- | --- |\n");
        text.Append(inv, $"| Service · 服务 | {e(service.Name)} |\n");
        text.Append(inv, $"| Containers · 容器 | {string.Join(", ", watches.Where(w => w.Service == service.Name).Select(w => e(w.Container)))} |\n");
        if (obligation is not null)
        {
            text.Append(inv, $"| Obligation · 义务 | {e(obligation.Title)} / {e(obligation.TitleZh)} |\n");
            text.Append(inv, $"| Under · 依据 | {string.Join("; ", obligation.Sources.Select(s => e(s.Display)))} |\n");
        }

        if (failing.Count == 0)
        {
            text.Append("\nEvery blob found failing has since been replaced by a conformant version or deleted. · 此前不合规的文件均已替换为合规版本或删除。\n");
        }
        else
        {
            var more = failing.Count > MaxListed;
            text.Append(inv, $"\n### Files that fail the check · 未通过检查的文件 ({(more ? $"more than {MaxListed}" : failing.Count.ToString(inv))})\n\n");
            foreach (var f in failing.Take(MaxListed))
            {
                var rules = f.RuleIds.Length > 0 ? $" ({e(f.RuleIds)})" : string.Empty;
                text.Append(inv, $"- {e(f.Container)}/{e(f.Name)}: **{e(f.Verdict)}**{rules}: {e(MarkdownText.PlainLine(f.Reason, 300))}\n");
            }

            if (more)
            {
                text.Append(inv, $"- … more files are not listed here; check the containers with `Test-AigcLabel`, or read the scans in the evidence ledger. · 其余文件未列出。\n");
            }
        }

        text.Append("\n---\n<sub>Opened and kept current by AiRegOps from the label check of new blobs; it closes when no failing blob remains. Upload a version with a conformant label (`Add-AigcLabel`) to clear a file. · 本议题由 AiRegOps 根据新文件的标识检查自动创建和更新，不合规文件全部处理后自动关闭。</sub>\n");
        return text.ToString();
    }
}
