namespace AiRegOps.Core.IO;

/// <summary>Dates typed by people (parameters, waiver files): ISO yyyy-MM-dd only, with a clear error otherwise.</summary>
public static class DateInput
{
    public const string Expected = "a date as yyyy-MM-dd (e.g. 2025-12-31)";

    /// <exception cref="ComplianceInputException">Not a valid yyyy-MM-dd date.</exception>
    public static DateOnly Parse(string? text, string inputName) =>
        TryParse(text, out var date) ? date : throw new ComplianceInputException(inputName, Expected, text);

    public static bool TryParse(string? text, out DateOnly date) =>
        IsoDate.TryParse(text.AsSpan().Trim(), out date);
}
