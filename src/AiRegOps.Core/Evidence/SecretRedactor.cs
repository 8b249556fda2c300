using System.Text.RegularExpressions;

namespace AiRegOps.Core.Evidence;

/// <summary>
/// Removes secrets from text before it reaches an exception message, a log or output: account keys and SAS
/// signatures in connection strings and URLs, shared-key and bearer authorisation, and any secret value the caller
/// registers (e.g. the key parsed from a connection string, in plain and URL-encoded form).
/// </summary>
public sealed partial class SecretRedactor
{
    public const string Mask = "***";

    private readonly string[] secrets;

    public SecretRedactor(IEnumerable<string?>? secrets = null)
    {
        var list = new List<string>();
        foreach (var secret in secrets ?? [])
        {
            if (string.IsNullOrEmpty(secret) || secret.Length < 4)
            {
                continue;
            }

            list.Add(secret);
            var escaped = Uri.EscapeDataString(secret);
            if (!string.Equals(escaped, secret, StringComparison.Ordinal))
            {
                list.Add(escaped);
            }
        }

        // Longest first, so a secret that contains another is masked whole.
        this.secrets = [.. list.Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length)];
    }

    /// <summary>Redacts only the patterns, with no registered secrets.</summary>
    public static SecretRedactor Default { get; } = new();

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        text = KeyValueSecret().Replace(text, m => $"{m.Groups[1].Value}={Mask}");
        text = QuerySecret().Replace(text, m => $"{m.Groups[1].Value}{Mask}");
        text = SharedKeyHeader().Replace(text, $"$1 {Mask}");
        text = BearerHeader().Replace(text, $"$1 {Mask}");
        return text;
    }

    /// <summary>Redacts with the patterns only.</summary>
    public static string RedactPatterns(string? text) => Default.Redact(text);

    // AccountKey=...; SharedAccessSignature=...; SharedAccessKey=...; Password=... in connection strings.
    [GeneratedRegex(@"(?i)\b(AccountKey|SharedAccessKey|SharedAccessSignature|Password|Pwd|ClientSecret)\s*=\s*[^;\s""']+")]
    private static partial Regex KeyValueSecret();

    // sig=... (SAS signature) in a URL query, and the other SAS fields that could be used to rebuild it.
    [GeneratedRegex(@"(?i)([?&;](?:sig|signature|skoid|sktid)=)[^&;\s""']+")]
    private static partial Regex QuerySecret();

    [GeneratedRegex(@"(?i)\b(SharedKey(?:Lite)?)\s+[^\s""',]+")]
    private static partial Regex SharedKeyHeader();

    [GeneratedRegex(@"(?i)\b(Bearer)\s+[A-Za-z0-9\-_.~+/=]+")]
    private static partial Regex BearerHeader();
}
