namespace AiRegOps.Core.Reports.Findings;

/// <summary>
/// Links from SARIF rules to the AiRegOps documentation. The project has no public address of its own, so rule help is
/// written inline (SARIF <c>help.text</c> and <c>help.markdown</c>, which GitHub shows) and a <c>helpUri</c> is added
/// only when the user names where they publish the docs/ folder (a parameter or <see cref="EnvironmentVariable"/>).
/// </summary>
public static class DocumentationLinks
{
    /// <summary>The environment variable that names the documentation base (the published docs/ folder).</summary>
    public const string EnvironmentVariable = "AIREGOPS_DOCS_BASE_URL";

    /// <summary>
    /// Checks a documentation base URL: absolute, https, no user name or password, no query or fragment. A base
    /// without a trailing slash gets one, so relative page names resolve inside it.
    /// </summary>
    /// <param name="text">The URL as the user gave it.</param>
    /// <param name="origin">Where it came from, for the message ("-DocumentationBaseUrl", "AIREGOPS_DOCS_BASE_URL").</param>
    /// <exception cref="ArgumentException">The URL is not an absolute https URL of a folder.</exception>
    public static Uri ParseBase(string text, string origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"{origin}: '{Shown(trimmed)}' is not an absolute https URL; expected the address where the docs/ folder is published, e.g. https://docs.example.com/airegops/.", origin);
        }

        if (uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw new ArgumentException($"{origin}: the documentation base must be a plain https folder URL, without user name, password, query or fragment.", origin);
        }

        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    /// <summary>The help page for code-scanning rules under <paramref name="docsBase"/>, at <paramref name="anchor"/>.</summary>
    public static Uri CodeScanning(Uri docsBase, string anchor)
    {
        ArgumentNullException.ThrowIfNull(docsBase);
        return new Uri(docsBase, $"code-scanning.md#{anchor}");
    }

    // A rejected URL may carry credentials: show only its start.
    private static string Shown(string text) => text.Length <= 40 && !text.Contains('@', StringComparison.Ordinal) ? text : text[..Math.Min(text.Length, 12)] + "…";
}
