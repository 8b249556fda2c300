namespace AiRegOps.Core.Watch;

/// <summary>A deployment-event id already used for different content. Never applied; it ends in the poison queue.</summary>
public sealed class DeploymentConflictException : Exception
{
    public DeploymentConflictException(string message)
        : base(message)
    {
    }

    public DeploymentConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DeploymentConflictException()
    {
    }
}
