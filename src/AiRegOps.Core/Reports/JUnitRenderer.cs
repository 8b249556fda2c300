using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using AiRegOps.Core.Assessments;
using AiRegOps.Core.IO;
using AiRegOps.Core.Reports.Findings;

namespace AiRegOps.Core.Reports;

/// <summary>
/// Findings as JUnit XML for test reporters, the same set SARIF carries: testsuites / one testsuite per service / one
/// testcase per finding (a failure for errors and warnings, skipped with the waiver for a waived finding, system-out
/// for notes) plus one passing testcase per focus item met, so a clean service still shows its checks.
/// </summary>
public static class JUnitRenderer
{
    public static string Render(IEnumerable<SecurityAssessmentResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = results.ToList();
        return Render(list, ComplianceFindings.Build(list.Select(r => new ServiceFindingsInput(r))));
    }

    public static string Render(IReadOnlyList<SecurityAssessmentResult> results, IReadOnlyList<ComplianceFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(findings);
        var suites = results.Select(r => Suite(r, findings.Where(f => string.Equals(f.Service, r.Service, StringComparison.Ordinal)).ToList())).ToList();
        var root = new XElement("testsuites",
            new XAttribute("name", "AiRegOps compliance findings"),
            new XAttribute("tests", Sum(suites, "tests")),
            new XAttribute("failures", Sum(suites, "failures")),
            new XAttribute("errors", 0),
            new XAttribute("skipped", Sum(suites, "skipped")),
            suites);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new XDocument(Writable(root)).Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>
    /// Characters XML 1.0 cannot carry (controls other than tab and line breaks, which a profile's file name may hold)
    /// are shown escaped (<c>\u0007</c>): one such character used to abort the whole assessment.
    /// </summary>
    private static XElement Writable(XElement root)
    {
        foreach (var attribute in root.DescendantsAndSelf().SelectMany(e => e.Attributes()))
        {
            attribute.Value = Writable(attribute.Value);
        }

        foreach (var text in root.DescendantNodes().OfType<XText>())
        {
            text.Value = Writable(text.Value);
        }

        return root;
    }

    private static string Writable(string value)
    {
        StringBuilder? result = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsSurrogatePair(value, i))
            {
                result?.Append(value, i, 2);
                i++;
                continue;
            }

            if (XmlConvert.IsXmlChar(c))
            {
                result?.Append(c);
                continue;
            }

            result ??= new StringBuilder(value, 0, i, value.Length + 8);
            result.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
        }

        return result?.ToString() ?? value;
    }

    private static XElement Suite(SecurityAssessmentResult result, List<ComplianceFinding> findings)
    {
        var cases = findings.Select(Case).ToList();
        var passed = result.Findings
            .Where(f => !f.HasGap)
            .Select(f => new XElement("testcase",
                new XAttribute("classname", $"{result.Service}.{f.Item.RuleId}"),
                new XAttribute("name", $"{f.Item.Id}: {f.Item.Title}"),
                new XAttribute("time", "0"),
                f.Status == FindingStatus.NotApplicable ? new XElement("skipped", new XAttribute("message", f.NotApplicableReason ?? "not applicable")) : null))
            .ToList();
        cases.AddRange(passed);
        return new XElement("testsuite",
            new XAttribute("name", result.Service),
            new XAttribute("tests", cases.Count),
            new XAttribute("failures", cases.Count(c => c.Element("failure") is not null)),
            new XAttribute("errors", 0),
            new XAttribute("skipped", cases.Count(c => c.Element("skipped") is not null)),
            new XAttribute("timestamp", Iso.Date(result.AsOf)),
            result.ProfileSource is { } source ? new XAttribute("file", source.File) : null,
            cases);
    }

    private static XElement Case(ComplianceFinding finding)
    {
        var element = new XElement("testcase",
            new XAttribute("classname", $"{finding.Service}.{finding.Rule.Id}"),
            new XAttribute("name", $"{finding.Rule.Id} {finding.Key}"),
            new XAttribute("time", "0"),
            finding.Location is { } location ? new XAttribute("file", location.File) : null,
            finding.Location is { } at ? new XAttribute("line", at.Line) : null);
        var detail = $"{finding.Message}\nRule: {finding.Rule.ShortDescription}\nHelp: {finding.Rule.HelpText}\nFingerprint: {finding.Fingerprint}{(finding.Location is { } l ? $"\nAt: {l}" : string.Empty)}";
        if (finding.Waiver is { } waiver)
        {
            element.Add(new XElement("skipped", new XAttribute("message", $"waived until {waiver.Expires:yyyy-MM-dd}: {waiver.Reason}")));
            element.Add(new XElement("system-out", detail));
        }
        else if (finding.Level == FindingLevel.Note)
        {
            element.Add(new XElement("system-out", "note: " + detail));
        }
        else
        {
            element.Add(new XElement("failure",
                new XAttribute("message", finding.Message),
                new XAttribute("type", finding.Level == FindingLevel.Error ? "error" : "warning"),
                detail));
        }

        return element;
    }

    private static string Sum(List<XElement> suites, string attribute) =>
        suites.Sum(s => int.Parse(s.Attribute(attribute)!.Value, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture);
}
