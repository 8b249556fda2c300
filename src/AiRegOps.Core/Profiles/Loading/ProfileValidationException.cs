using System.Text;

namespace AiRegOps.Core.Profiles.Loading;

/// <summary>
/// Thrown when one or more service profiles are invalid. Carries every error found across every document and file
/// read, so a user fixes them in one pass instead of one per run.
/// </summary>
public sealed class ProfileValidationException : Exception
{
    public ProfileValidationException(IReadOnlyList<ProfileError> errors)
        : base(BuildMessage(errors))
    {
        Errors = errors;
    }

    public ProfileValidationException()
        : this([])
    {
    }

    public ProfileValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    public ProfileValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Every error found, in file order and then in source order.</summary>
    public IReadOnlyList<ProfileError> Errors { get; }

    private static string BuildMessage(IReadOnlyList<ProfileError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var builder = new StringBuilder();
        builder.Append("Invalid service profile: ")
            .Append(errors.Count)
            .Append(errors.Count == 1 ? " error." : " errors.");
        foreach (var error in errors)
        {
            builder.Append('\n').Append(error.ToString());
        }

        return builder.ToString();
    }
}
