namespace AiRegOps.Core.Gate;

/// <summary>Process exit codes of the gate, for `pwsh -c` in a pipeline.</summary>
public static class GateExitCode
{
    /// <summary>Nothing overdue, no unwaived gap.</summary>
    public const int Passed = 0;

    /// <summary>At least one unwaived violation.</summary>
    public const int Failed = 1;

    /// <summary>The gate could not run: bad input (profile, waiver file, date).</summary>
    public const int InputError = 2;
}
