namespace AiRegOps.Core.Gate;

/// <summary>One reason the gate fails: an overdue obligation or an assessment gap.</summary>
public sealed record GateViolation
{
    public required string Service { get; init; }

    /// <summary>A catalogue obligation id, or a focus-item rule id ("sa2018.log-records").</summary>
    public required string Obligation { get; init; }

    /// <summary>The schedule period key; null for assessment gaps.</summary>
    public string? Period { get; init; }

    public required GateViolationKind Kind { get; init; }
    public required string Message { get; init; }
    public DateOnly? DueDate { get; init; }
    public IReadOnlyList<string> Citations { get; init; } = [];

    public override string ToString() => $"{Service} {Obligation}{(Period is null ? string.Empty : " " + Period)}: {Message}";
}
