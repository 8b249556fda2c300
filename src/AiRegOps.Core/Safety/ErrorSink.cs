namespace AiRegOps.Core.Safety;

/// <summary>Collects the errors of one file up to a cap, counting the rest, and throws them together at the end.</summary>
internal sealed class ErrorSink(string file, int maxErrors)
{
    private readonly List<SafetyInputError> errors = [];

    public string File { get; } = file;

    public long Count { get; private set; }

    public void Add(long line, long? column, string? field, string message)
    {
        Count++;
        if (errors.Count < maxErrors)
        {
            errors.Add(new SafetyInputError(File, line, column, field, message));
        }
    }

    /// <summary>Fails at once: a limit was reached, so reading further would not be safe.</summary>
    public SafetyInputException Fatal(long line, string message)
    {
        Add(line, null, null, message);
        return new SafetyInputException(errors, Count);
    }

    public void ThrowIfAny()
    {
        if (Count > 0)
        {
            throw new SafetyInputException(errors, Count);
        }
    }
}
