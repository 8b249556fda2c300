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

    /// <summary>The most errors the message lists.</summary>
    public const int MaxErrorsInMessage = 200;

    /// <summary>Every error found, in file order and then in source order.</summary>
    public IReadOnlyList<ProfileError> Errors { get; }

    private static string BuildMessage(IReadOnlyList<ProfileError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var builder = new StringBuilder();
        builder.Append("Invalid service profile: ")
            .Append(errors.Count)
            .Append(errors.Count == 1 ? " error." : " errors.");
        // Many files can each hold their share of errors: the message shows a bounded number, Errors keeps them all.
        foreach (var error in errors.Take(MaxErrorsInMessage))
        {
            builder.Append('\n').Append(error.ToString());
        }

        if (errors.Count > MaxErrorsInMessage)
        {
            builder.Append('\n').Append("… and ").Append(errors.Count - MaxErrorsInMessage).Append(" more (see Errors).");
        }

        return builder.ToString();
    }
}
