using System.Globalization;

namespace AiRegOps.Core.Safety;

/// <summary>One problem in an input file: where (file, line, column), which field, and what was expected.</summary>
public sealed record SafetyInputError(string File, long Line, long? Column, string? Field, string Message)
{
    public override string ToString()
    {
        var where = Column is { } column
            ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{column}")
            : string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}");
        return Field is null ? $"{where}: {Message}" : $"{where}: field '{Field}': {Message}";
    }
}
