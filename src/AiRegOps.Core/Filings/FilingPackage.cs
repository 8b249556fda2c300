using AiRegOps.Core.IO;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reports;

namespace AiRegOps.Core.Filings;

/// <summary>
/// A prepared filing package, computed in memory: nothing is written until <see cref="AlgorithmFiling.Write"/>
/// (so -WhatIf can show it). Missing information is listed by name in <see cref="MissingFields"/>.
/// </summary>
public sealed record FilingPackage
{
    public required string Service { get; init; }
    public required FilingKind Kind { get; init; }

    /// <summary>The form fields in the order of ARR Art. 24(1) (and, for change/cancel, the procedure's own fields).</summary>
    public required IReadOnlyList<FilingField> Fields { get; init; }

    public required FilingRoute Route { get; init; }

    /// <summary>The due date; null when the event date is missing (then listed in <see cref="MissingFields"/>).</summary>
    public FilingDeadline? Deadline { get; init; }

    /// <summary>The date the package was prepared (China date).</summary>
    public required DateOnly PreparedOn { get; init; }

    /// <summary>The files to write: filing.json, filing.md, self-assessment.md, disclosure.md.</summary>
    public required IReadOnlyList<OutputFile> Files { get; init; }

    /// <summary>Labels ("服务形式 / Service form") of required fields nobody supplied.</summary>
    public IReadOnlyList<string> MissingFields => Fields.Where(f => f.IsMissing).Select(f => f.Label).ToList();

    public bool IsComplete => MissingFields.Count == 0;

    /// <summary>Remarks: voluntary filing, date caveats, calendar warnings.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public string? this[string key] => Fields.FirstOrDefault(f => f.Key == key)?.Value;
}
