using System.Management.Automation;
using AiRegOps.Core.Gate;
using AiRegOps.Core.Schedule;
using AiRegOps.Labels.Checking;

namespace AiRegOps.PowerShell.Internal;

/// <summary>Turns a Test-AigcLabel scan into gate violations: one per Noncompliant file, its path as the period.</summary>
internal static class LabelViolations
{
    public static IReadOnlyList<GateViolation> From(IReadOnlyList<AigcLabelResult> scan, string? service, string obligation, IReadOnlyList<ServiceSchedule> schedules, Action<ErrorRecord> stop)
    {
        var failing = scan.Where(r => r.Verdict == LabelVerdict.Noncompliant).ToList();
        if (scan.Count == 0)
        {
            return [];
        }

        if (service is null)
        {
            if (schedules.Count != 1)
            {
                stop(new ErrorRecord(new ArgumentException($"-LabelScan: name the service it belongs to with -LabelService (the gate checked {schedules.Count} services)."), "LabelServiceMissing", ErrorCategory.InvalidArgument, null));
                return [];
            }

            service = schedules[0].Service.Name;
        }

        return failing.Select(r => new GateViolation
        {
            Service = service,
            Obligation = obligation,
            Period = r.Path,
            Kind = GateViolationKind.LabelNoncompliant,
            Message = $"{r.Path}: {r.Reason}",
            Citations = r.Findings.Where(f => f.Severity == Labels.Rules.LabelSeverity.Error).Select(f => f.Clause).Distinct(StringComparer.Ordinal).ToList(),
        }).ToList();
    }
}
