using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace AiRegOps.Core.Reminders;

/// <summary>
/// The hidden first line of every reminder body: the key that finds the issue again and a digest of what was written.
/// Values are percent-encoded (RFC 3986 unreserved characters only), so no value can close the comment or fake a field.
/// </summary>
public static partial class ReminderMarker
{
    public const string Prefix = "<!-- airegops:reminder v1 ";

    /// <summary>The marker line for <paramref name="key"/> with the digest of the rendered content.</summary>
    public static string Format(ReminderKey key, string digest)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrEmpty(digest);
        return $"{Prefix}service={Uri.EscapeDataString(key.Service)} obligation={Uri.EscapeDataString(key.ObligationId)} period={Uri.EscapeDataString(key.PeriodKey)} digest={Uri.EscapeDataString(digest)} -->";
    }

    /// <summary>
    /// Reads the marker from the first line of <paramref name="body"/>. Only the first line counts: a marker quoted
    /// further down (by a person, or inside user text) never makes an issue ours.
    /// </summary>
    public static bool TryParse(string? body, [NotNullWhen(true)] out ReminderKey? key, out string digest)
    {
        key = null;
        digest = string.Empty;
        if (body is null || !body.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var end = body.IndexOf('\n', StringComparison.Ordinal);
        var line = (end < 0 ? body : body[..end]).TrimEnd('\r');
        var match = MarkerPattern().Match(line);
        if (!match.Success)
        {
            return false;
        }

        try
        {
            key = new ReminderKey(
                Uri.UnescapeDataString(match.Groups["service"].Value),
                Uri.UnescapeDataString(match.Groups["obligation"].Value),
                Uri.UnescapeDataString(match.Groups["period"].Value));
            digest = Uri.UnescapeDataString(match.Groups["digest"].Value);
            return true;
        }
        catch (ArgumentException)
        {
            key = null;
            return false;
        }
    }

    [GeneratedRegex(@"^<!-- airegops:reminder v1 service=(?<service>[A-Za-z0-9%._~-]+) obligation=(?<obligation>[A-Za-z0-9%._~-]+) period=(?<period>[A-Za-z0-9%._~-]+) digest=(?<digest>[A-Za-z0-9%._~-]+) -->$", RegexOptions.CultureInvariant)]
    private static partial Regex MarkerPattern();
}
