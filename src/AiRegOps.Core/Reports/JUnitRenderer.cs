using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using AiRegOps.Core.Assessments;

namespace AiRegOps.Core.Reports;

/// <summary>
/// Assessment findings as JUnit XML for test reporters: testsuites / one testsuite per service / one testcase per
/// focus item, with a failure element for each item with gaps and skipped for items that do not apply.
/// </summary>
public static class JUnitRenderer
{
    public static string Render(IEnumerable<SecurityAssessmentResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var suites = results.Select(Suite).ToList();
        var root = new XElement("testsuites",
            new XAttribute("name", "AiRegOps security assessment (SA2018)"),
            new XAttribute("tests", Sum(suites, "tests")),
            new XAttribute("failures", Sum(suites, "failures")),
            new XAttribute("errors", 0),
            new XAttribute("skipped", Sum(suites, "skipped")),
            suites);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new XDocument(root).Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static XElement Suite(SecurityAssessmentResult result)
    {
        var cases = result.Findings.Select(f => Case(result, f)).ToList();
        return new XElement("testsuite",
            new XAttribute("name", result.Service),
            new XAttribute("tests", cases.Count),
            new XAttribute("failures", result.Findings.Count(f => f.HasGap)),
            new XAttribute("errors", 0),
            new XAttribute("skipped", result.Findings.Count(f => f.Status == FindingStatus.NotApplicable)),
            new XAttribute("timestamp", Iso.Date(result.AsOf)),
            result.ProfileSource is { } source ? new XAttribute("file", source.File) : null,
            cases);
    }

    private static XElement Case(SecurityAssessmentResult result, FocusItemFinding finding)
    {
        var element = new XElement("testcase",
            new XAttribute("classname", $"{result.Service}.sa2018"),
            new XAttribute("name", $"{finding.Item.Id}: {finding.Item.Title}"),
            new XAttribute("time", "0"));
        if (finding.Status == FindingStatus.NotApplicable)
        {
            element.Add(new XElement("skipped", new XAttribute("message", finding.NotApplicableReason ?? "not applicable")));
        }

        foreach (var gap in finding.Gaps)
        {
            element.Add(new XElement("failure",
                new XAttribute("message", gap.Problem),
                new XAttribute("type", KebabName<FindingStatus>.Of(gap.Check.Status)),
                $"{gap.Problem}\nBasis: {string.Join("; ", gap.Citations.Select(ConfidenceMarks.Cite))}\nTo close: {gap.Remedy}"));
        }

        return element;
    }

    private static string Sum(List<XElement> suites, string attribute) =>
        suites.Sum(s => int.Parse(s.Attribute(attribute)!.Value, CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture);
}
