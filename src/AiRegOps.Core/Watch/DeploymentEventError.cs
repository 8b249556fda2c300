namespace AiRegOps.Core.Watch;

/// <summary>One problem in a deployment event: where (JSON path, line, column) and what was expected.</summary>
public sealed record DeploymentEventError(string Path, int Line, int Column, string Message)
{
    public override string ToString() => Line > 0 ? $"{Path} (line {Line}, column {Column}): {Message}" : $"{Path}: {Message}";
}
