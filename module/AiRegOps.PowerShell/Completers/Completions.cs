using System.Management.Automation;

namespace AiRegOps.PowerShell.Completers;

/// <summary>Turns candidate values into completion results for what the user has typed so far.</summary>
internal static class Completions
{
    public static IEnumerable<CompletionResult> For(string? wordToComplete, IEnumerable<(string Value, string ToolTip)> candidates)
    {
        var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
        var pattern = WildcardPattern.Get(typed + "*", WildcardOptions.IgnoreCase);
        return candidates
            .Where(c => pattern.IsMatch(c.Value))
            .Select(c => new CompletionResult(Quote(c.Value), c.Value, CompletionResultType.ParameterValue, string.IsNullOrEmpty(c.ToolTip) ? c.Value : c.ToolTip));
    }

    private static string Quote(string value) =>
        value.Any(ch => char.IsWhiteSpace(ch) || ch is '\'' or '"' or '$' or '`' or ',' or ';' or '(' or ')' or '{' or '}' or '@' or '#')
            ? $"'{value.Replace("'", "''", StringComparison.Ordinal)}'"
            : value;
}
