using AiRegOps.Core.Calendar;
using AiRegOps.Core.IO;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reports;

namespace AiRegOps.Core.Filings;

/// <summary>
/// One-call API behind New-AlgorithmFiling: prepare a package (pure), write it (atomic), and record a completed
/// filing with a validated number.
/// </summary>
public static class AlgorithmFiling
{
    /// <summary>Prepares the package for <paramref name="profile"/> (may be null when everything comes from <paramref name="request"/>).</summary>
    public static FilingPackage Prepare(ServiceProfile? profile, FilingRequest request, TimeProvider? time = null, PeriodCalculator? periods = null) =>
        FilingPackageBuilder.Build(profile, request, ChinaTime.Today(time ?? TimeProvider.System), periods);

    /// <summary>Writes the package's files into <paramref name="outputPath"/>, all or nothing; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(FilingPackage package, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(package);
        return AtomicDirectoryWriter.Default.Write(outputPath, package.Files);
    }

    /// <summary>A completed filing to record: a new or change filing needs a valid number; a cancellation may have none.</summary>
    /// <exception cref="ComplianceInputException">The number is missing for a new filing, or malformed.</exception>
    public static RecordedFiling CreateRecord(string service, FilingKind kind, string? number, DateOnly filedOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        if (string.IsNullOrWhiteSpace(number))
        {
            return kind == FilingKind.New
                ? throw new ComplianceInputException("-FilingNumber", $"the number of the completed filing: {FilingNumber.ExpectedFormat}")
                : new RecordedFiling { Service = service, Kind = kind, FiledOn = filedOn };
        }

        return new RecordedFiling { Service = service, Kind = kind, Number = FilingNumber.Parse(number).Value, FiledOn = filedOn };
    }

    /// <summary>The profile with the recorded filings of its service added (duplicates of profile filings left out).</summary>
    public static ServiceProfile WithRecordedFilings(ServiceProfile profile, IEnumerable<RecordedFiling> recorded)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(recorded);
        var added = recorded
            .Where(r => string.Equals(r.Service, profile.Name, StringComparison.OrdinalIgnoreCase))
            .Select(r => r.ToFilingRecord())
            .Where(r => !profile.Filings.Contains(r))
            .ToList();
        return added.Count == 0 ? profile : profile with { Filings = [.. profile.Filings, .. added] };
    }
}
