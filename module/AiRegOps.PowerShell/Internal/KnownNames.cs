using System.Management.Automation;
using AiRegOps.Core;
using AiRegOps.Core.Evidence;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Profiles.Loading;
using AiRegOps.Core.Records;
using AiRegOps.Core.Workspace;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// What a write is checked against: the services of the profiles in the current folder (airegops.yml, airegops.yaml,
/// *.airegops.yml), of the evidence ledgers and of the record store; the catalogue's obligations; and the period keys of the
/// service's schedule when its profile is at hand. Nothing known means nothing to check against.
/// </summary>
internal sealed class KnownNames
{
    public const string UnknownNameErrorId = "NameUnknown";

    private readonly WorkspaceCmdlet cmdlet;
    private readonly ComplianceWorkspace workspace;
    private readonly List<ServiceProfile> profiles = [];
    private readonly HashSet<string> services = new(StringComparer.Ordinal);

    public KnownNames(WorkspaceCmdlet cmdlet, ComplianceWorkspace workspace, EvidenceService evidence, EvidenceService? records, CancellationToken cancellationToken)
    {
        this.cmdlet = cmdlet;
        this.workspace = workspace;
        var here = cmdlet.SessionState.Path.CurrentFileSystemLocation.ProviderPath;
        foreach (var file in Directory.EnumerateFiles(here).Where(f => ServiceProfileReader.IsProfileFileName(Path.GetFileName(f))).Order(StringComparer.Ordinal))
        {
            try
            {
                profiles.AddRange(ServiceProfileReader.ReadFile(file));
            }
            catch (Exception ex) when (ex is ProfileValidationException or IOException or UnauthorizedAccessException)
            {
                cmdlet.WriteVerbose($"Names are not checked against {file}: it cannot be read ({ex.Message.Split('\n')[0]}).");
            }
        }

        services.UnionWith(profiles.Select(p => p.Name));
        foreach (var store in records is null || ReferenceEquals(records, evidence) ? [evidence] : new[] { evidence, records })
        {
            try
            {
                // The services with a ledger (evidence or records); the whole unit's ledger is not a service.
                services.UnionWith(store.ListServicesAsync(cancellationToken).GetAwaiter().GetResult().Where(s => s != RecordEntries.UnitLedger));
            }
            catch (Exception ex) when (ex is EvidenceException or IOException or UnauthorizedAccessException)
            {
                cmdlet.WriteVerbose($"Names are not checked against {store.Ledger.Location}: {ComplianceStore.Redact(ex.Message)}");
            }
        }
    }

    public IReadOnlyCollection<string> Services => services;

    public ServiceProfile? ProfileOf(string service) => profiles.FirstOrDefault(p => p.Name == service);

    /// <summary>
    /// Checks the names of one write; writes one error per unknown name (with a suggestion) and returns false, unless
    /// <paramref name="force"/>, in which case it warns and returns true.
    /// </summary>
    public bool Check(string service, string? obligation, string? period, DateOnly asOf, bool force, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (NameCheck.Problem("-Service", service, services, "service (profiles in the current folder, the evidence ledger, the records)") is { } s)
        {
            problems.Add(s);
        }

        if (obligation is not null)
        {
            if (NameCheck.Problem("-Obligation", obligation, workspace.Catalogue.Obligations.Select(o => o.Id).ToList(), "obligation of the catalogue") is { } o)
            {
                problems.Add(o);
            }
            else if (period is not null && ProfileOf(service) is { } profile)
            {
                var keys = workspace.PeriodKeysAsync(profile, obligation, asOf, cancellationToken).GetAwaiter().GetResult();
                if (NameCheck.Problem("-Period", period, keys, $"period of {obligation} in the schedule of {service} on {Dates.Iso(asOf)}") is { } p)
                {
                    problems.Add(p);
                }
            }
        }

        foreach (var problem in problems)
        {
            if (force)
            {
                cmdlet.WriteWarning(problem.Replace(" Use -Force to write it anyway.", " Written anyway (-Force).", StringComparison.Ordinal));
            }
            else
            {
                cmdlet.WriteError(new ErrorRecord(new ArgumentException(problem), UnknownNameErrorId, ErrorCategory.InvalidArgument, service));
            }
        }

        return force || problems.Count == 0;
    }
}
