namespace AiRegOps.Core.Watch;

/// <summary>
/// A deployment-event message that is not a valid airegops/deployment/v1 event. Retrying cannot fix it: the Functions
/// host retries it to maxDequeueCount and moves it to the poison queue, with this message in the log.
/// </summary>
public sealed class DeploymentEventException : Exception
{
    public DeploymentEventException(IReadOnlyList<DeploymentEventError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public DeploymentEventException(string message)
        : base(message)
    {
        Errors = [];
    }

    public DeploymentEventException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public DeploymentEventException()
        : this("The deployment event is invalid.")
    {
    }

    public IReadOnlyList<DeploymentEventError> Errors { get; }

    private static string Describe(IReadOnlyList<DeploymentEventError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count == 1
            ? $"Invalid deployment event: {errors[0]}"
            : $"Invalid deployment event ({errors.Count} problems):{string.Concat(errors.Select(e => $"{System.Environment.NewLine}  {e}"))}";
    }
}
