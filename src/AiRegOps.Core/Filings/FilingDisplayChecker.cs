using System.Globalization;
using System.Text.RegularExpressions;
using AiRegOps.Core.Reports;

namespace AiRegOps.Core.Filings;

/// <summary>
/// Test-FilingDisplay: does a page (URL or local HTML file) show the service's filing number and a link to its
/// public filing information, as ARR Art. 26 requires [1]? The page is checked as served (no JavaScript is run).
/// </summary>
public static partial class FilingDisplayChecker
{
    private const int ContextChars = 30;

    /// <summary>Checks <paramref name="urlOrPath"/>: an http(s) URL fetched with <paramref name="client"/>, otherwise a local file.</summary>
    /// <exception cref="ComplianceInputException">Malformed number, missing file, unreachable URL or an HTTP error status.</exception>
    public static Task<FilingDisplayResult> CheckAsync(HttpClient client, string urlOrPath, string expectedNumber, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(urlOrPath);
        return Uri.TryCreate(urlOrPath, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? CheckUrlAsync(client, uri, expectedNumber, cancellationToken)
            : CheckFileAsync(uri is { IsFile: true } ? uri.LocalPath : urlOrPath, expectedNumber, cancellationToken);
    }

    public static async Task<FilingDisplayResult> CheckFileAsync(string path, string expectedNumber, CancellationToken cancellationToken)
    {
        var number = FilingNumber.Parse(expectedNumber);
        if (!File.Exists(path))
        {
            throw new ComplianceInputException("-Uri", "an http(s) URL or an existing local HTML file", path);
        }

        var html = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return Check(html, Path.GetFullPath(path), number, baseUri: null);
    }

    public static async Task<FilingDisplayResult> CheckUrlAsync(HttpClient client, Uri url, string expectedNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(url);
        var number = FilingNumber.Parse(expectedNumber);
        string html;
        try
        {
            using var response = await client.GetAsync(url, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new ComplianceInputException("-Uri", "a page that answers with HTTP 2xx", string.Create(CultureInfo.InvariantCulture, $"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}"));
            }

            html = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new ComplianceInputException("-Uri", "a reachable http(s) URL", $"{url}: {ex.Message}", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ComplianceInputException("-Uri", "a URL that answers before the timeout", url.ToString(), ex);
        }

        return Check(html, url.ToString(), number, url);
    }

    /// <summary>Checks page source already in hand; <paramref name="baseUri"/> resolves relative links.</summary>
    public static FilingDisplayResult CheckHtml(string html, string source, string expectedNumber, Uri? baseUri = null) =>
        Check(html, source, FilingNumber.Parse(expectedNumber), baseUri);

    private static FilingDisplayResult Check(string html, string source, FilingNumber expected, Uri? baseUri)
    {
        ArgumentNullException.ThrowIfNull(html);
        var scan = HtmlScanner.Scan(html);
        var found = new List<DisplayFinding>();
        var others = new List<DisplayFinding>();
        foreach (Match match in NumberPattern().Matches(scan.Text))
        {
            var digits = new string(match.Groups["digits"].Value.Where(char.IsAsciiDigit).ToArray());
            var anchor = scan.Anchors.FirstOrDefault(a => a.TextStart <= match.Index && match.Index < a.TextEnd);
            var finding = At(scan, match.Index, match.Value.Trim(), anchor is null ? null : Resolve(anchor.Href, baseUri));
            (digits == expected.Digits ? found : others).Add(finding);
        }

        var links = scan.Anchors
            .Select(a => (Anchor: a, Href: Resolve(a.Href, baseUri)))
            .Where(a => IsPublicFilingInformation(a.Href))
            .Select(a => At(scan, a.Anchor.TextStart, string.IsNullOrWhiteSpace(a.Anchor.Text) ? a.Href : a.Anchor.Text.Trim(), a.Href))
            .ToList();

        return new FilingDisplayResult
        {
            Source = source,
            ExpectedNumber = expected.Value,
            NumberFound = found,
            OtherNumbers = others,
            PublicInfoLinks = links,
            Messages = Messages(expected, found, others, links),
        };
    }

    private static List<string> Messages(FilingNumber expected, List<DisplayFinding> found, List<DisplayFinding> others, List<DisplayFinding> links)
    {
        var messages = new List<string>();
        messages.Add(found.Count > 0
            ? $"Filing number {expected.Value} shown: {string.Join("; ", found)}."
            : $"Filing number {expected.Value} not found in the page text ({FilingCitations.Display.Display} requires it to be shown prominently).");
        foreach (var other in others)
        {
            messages.Add($"Another filing number is shown: {other}; it is not {expected.Value}.");
        }

        messages.Add(links.Count > 0
            ? $"Link to the public filing information found: {string.Join("; ", links)}."
            : "No link to the public filing information (the CAC filing system, https://beian.cac.gov.cn) was found.");
        foreach (var number in found.Where(f => f.Href is not null && !IsPublicFilingInformation(f.Href)))
        {
            messages.Add($"The number at line {number.Line} links to {number.Href}, which is not the CAC filing system.");
        }

        messages.Add("Prominence (显著位置) is not judged automatically, and content rendered by JavaScript is not seen: check the page by eye.");
        return messages;
    }

    private static DisplayFinding At(HtmlScan scan, int textIndex, string text, string? href)
    {
        var (line, column) = scan.Position(textIndex);
        var start = Math.Max(0, textIndex - ContextChars);
        var end = Math.Min(scan.Text.Length, textIndex + text.Length + ContextChars);
        var context = WhiteSpace().Replace(scan.Text[start..end], " ").Trim();
        return new DisplayFinding { Text = text, Line = line, Column = column, Href = href, Context = context };
    }

    private static string Resolve(string href, Uri? baseUri) =>
        baseUri is not null && Uri.TryCreate(baseUri, href, out var absolute) ? absolute.ToString() : href;

    // The public filing information lives in the CAC's Internet Information Service Algorithm Filing System [2+].
    private static bool IsPublicFilingInformation(string href) =>
        Uri.TryCreate(href, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && (uri.Host.Equals("cac.gov.cn", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".cac.gov.cn", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"网信算备\s*(?<digits>[0-9][0-9\s]*?)\s*号")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
