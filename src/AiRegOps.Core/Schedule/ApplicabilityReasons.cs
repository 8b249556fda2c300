using AiRegOps.Core.Catalogue.Conditions;

namespace AiRegOps.Core.Schedule;

/// <summary>
/// The reasons one obligation applies to one service or not, built on first read: a bulk schedule evaluates every
/// condition but renders few reasons, so the text is made only for the items someone looks at.
/// </summary>
internal sealed class ApplicabilityReasons(CompiledCondition condition, ScheduleContext service, string bindingReason)
{
    private List<ConditionReason>? details;
    private string[]? texts;

    /// <summary>Each test with its outcome, fact and article, then the binding status.</summary>
    public IReadOnlyList<ConditionReason> Details => details ??= Build();

    public IReadOnlyList<string> Texts => texts ??= [.. Details.Select(d => d.Text)];

    private List<ConditionReason> Build()
    {
        var list = new List<ConditionReason>(8);
        condition.Explain(service.FactVector, service.DescribeFlag, list);
        list.Add(new ConditionReason(true, "binding status on the as-of date", $"asOf = {service.AsOf:yyyy-MM-dd}", null, bindingReason));
        return list;
    }
}
