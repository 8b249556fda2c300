using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace AiRegOps.Core.Reminders;

/// <summary>
/// The hidden first line of every reminder body: the key that finds the issue again and a digest of what was written.
/// Values are percent-encoded (RFC 3986 unreserved characters only), so no value can close the comment or fake a field.
/// A value whose encoded form is longer than <see cref="MaxFieldLength"/> (a long Chinese activity name triples in
/// length when encoded) is written as <c>*</c> and the SHA-256 of the value instead, so a marker is never longer than
/// <see cref="MaxLength"/>. Issues are matched by <see cref="Identity"/>, the key as the marker writes it, so an issue
/// written by an earlier version with the whole value still matches the same key.
/// </summary>
public static partial class ReminderMarker
{
    public const string Prefix = "<!-- airegops:reminder v1 ";

    /// <summary>Longest field written out; longer ones are hashed (a raw <c>*</c> is always encoded, so a hash is unambiguous).</summary>
    public const int MaxFieldLength = 100;

    /// <summary>Longest digest written out (ours are 16 hex characters; this only bounds what a reader accepts).</summary>
    public const int MaxDigestLength = 64;

    /// <summary>Upper bound of a marker line this version writes: the prefix and field names (66 characters) and the fields.</summary>
    public const int MaxLength = 66 + (3 * MaxFieldLength) + MaxDigestLength;

    /// <summary>Longest first line read as a marker: GitHub's body limit, which also bounds markers of earlier versions.</summary>
    private const int MaxReadLength = 65_536;

    private const char HashMark = '*';

    /// <summary>The marker line for <paramref name="key"/> with the digest of the rendered content.</summary>
    public static string Format(ReminderKey key, string digest)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrEmpty(digest);
        var encodedDigest = Uri.EscapeDataString(digest);
        if (encodedDigest.Length > MaxDigestLength)
        {
            throw new ArgumentException($"A reminder digest is at most {MaxDigestLength} characters.", nameof(digest));
        }

        return $"{Prefix}service={Field(key.Service)} obligation={Field(key.ObligationId)} period={Field(key.PeriodKey)} digest={encodedDigest} -->";
    }

    /// <summary>
    /// What identifies <paramref name="key"/> among issues: its three fields as a marker writes them. Two keys with
    /// the same identity are the same reminder.
    /// </summary>
    public static string Identity(ReminderKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return $"{Field(key.Service)} {Field(key.ObligationId)} {Field(key.PeriodKey)}";
    }

    /// <summary>One value as a marker writes it: percent-encoded, or <c>*</c> and its SHA-256 when that is too long.</summary>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var encoded = Uri.EscapeDataString(value);
        return encoded.Length <= MaxFieldLength
            ? encoded
            : HashMark + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
    }

    /// <summary>The service field of an <see cref="Identity"/>.</summary>
    public static string ServiceField(string identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var space = identity.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? identity : identity[..space];
    }

    /// <summary>
    /// Reads the marker from the first line of <paramref name="body"/>. Only the first line counts: a marker quoted
    /// further down (by a person, or inside user text) never makes an issue ours.
    /// </summary>
    public static bool TryParse(string? body, [NotNullWhen(true)] out ReminderKey? key, out string digest) =>
        TryParse(body, out key, out digest, out _);

    /// <summary>
    /// As <see cref="TryParse(string?, out ReminderKey?, out string)"/>, with the marker's <see cref="Identity"/>.
    /// A hashed field cannot be decoded: <paramref name="key"/> then holds the field as written (<c>*</c> and the hash)
    /// and only <paramref name="identity"/> says which key the issue is for.
    /// </summary>
    public static bool TryParse(string? body, [NotNullWhen(true)] out ReminderKey? key, out string digest, out string identity)
    {
        key = null;
        digest = string.Empty;
        identity = string.Empty;
        if (body is null || !body.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        // Markers written by earlier versions hold whole values and may be long; a person's edit could make the first
        // line anything, so the line is bounded before the pattern runs.
        var end = body.IndexOf('\n', StringComparison.Ordinal);
        var line = (end < 0 ? body : body[..end]).TrimEnd('\r');
        if (line.Length > MaxReadLength)
        {
            return false;
        }

        var match = MarkerPattern().Match(line);
        if (!match.Success)
        {
            return false;
        }

        try
        {
            var fields = new[] { match.Groups["service"].Value, match.Groups["obligation"].Value, match.Groups["period"].Value };
            var values = fields.Select(f => f[0] == HashMark ? f : Uri.UnescapeDataString(f)).ToArray();
            key = new ReminderKey(values[0], values[1], values[2]);
            identity = string.Join(' ', fields.Zip(values, (field, value) => field[0] == HashMark ? field : Field(value)));
            digest = Uri.UnescapeDataString(match.Groups["digest"].Value);
            return true;
        }
        catch (ArgumentException)
        {
            key = null;
            identity = string.Empty;
            return false;
        }
    }

    [GeneratedRegex(@"^<!-- airegops:reminder v1 service=(?<service>\*[0-9a-f]{64}|[A-Za-z0-9%._~-]+) obligation=(?<obligation>\*[0-9a-f]{64}|[A-Za-z0-9%._~-]+) period=(?<period>\*[0-9a-f]{64}|[A-Za-z0-9%._~-]+) digest=(?<digest>[A-Za-z0-9%._~-]+) -->$", RegexOptions.CultureInvariant)]
    private static partial Regex MarkerPattern();
}
