using System.IO.Compression;
using System.Xml.Linq;
using AiRegOps.Labels.Rules;

namespace AiRegOps.Labels.Writing;

/// <summary>
/// Adds the AIGC custom property to an OOXML package in place (a copy the writer owns): creates docProps/custom.xml,
/// its content-type override and package relationship when missing (TC260-PG-20258A placement).
/// </summary>
internal static class OfficeInserter
{
    private const string CustomPart = "docProps/custom.xml";
    private const string FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
    private static readonly XNamespace Props = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
    private static readonly XNamespace Vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
    private static readonly XNamespace Types = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace Rels = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static void Insert(string package, string json)
    {
        using var archive = ZipFile.Open(package, ZipArchiveMode.Update);
        var name = LabelRuleSet.Default.FieldNameContains;
        var existing = archive.GetEntry(CustomPart);
        XDocument custom;
        if (existing is null)
        {
            custom = new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), new XElement(Props + "Properties", new XAttribute(XNamespace.Xmlns + "vt", Vt)));
            Update(archive, "[Content_Types].xml", doc => doc.Root!.Add(new XElement(Types + "Override",
                new XAttribute("PartName", "/" + CustomPart),
                new XAttribute("ContentType", "application/vnd.openxmlformats-officedocument.custom-properties+xml"))));
            Update(archive, "_rels/.rels", doc => doc.Root!.Add(new XElement(Rels + "Relationship",
                new XAttribute("Id", "rIdAigc" + Guid.NewGuid().ToString("N")[..8]),
                new XAttribute("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"),
                new XAttribute("Target", CustomPart))));
        }
        else
        {
            using (var stream = existing.Open())
            {
                custom = XDocument.Load(stream);
            }

            existing.Delete();
        }

        var properties = custom.Root!.Elements(Props + "property").ToList();
        var pid = properties.Select(p => int.TryParse((string?)p.Attribute("pid"), out var n) ? n : 1).DefaultIfEmpty(1).Max() + 1;
        custom.Root.Add(new XElement(Props + "property",
            new XAttribute("fmtid", FormatId), new XAttribute("pid", pid), new XAttribute("name", name),
            new XElement(Vt + "lpwstr", json)));
        Save(archive, CustomPart, custom);
    }

    private static void Update(ZipArchive archive, string part, Action<XDocument> change)
    {
        var entry = archive.GetEntry(part) ?? throw new LabelWriteException($"the package has no {part}; it is not an Office Open XML file");
        XDocument document;
        using (var stream = entry.Open())
        {
            document = XDocument.Load(stream);
        }

        entry.Delete();
        change(document);
        Save(archive, part, document);
    }

    private static void Save(ZipArchive archive, string part, XDocument document)
    {
        using var stream = archive.CreateEntry(part, CompressionLevel.Optimal).Open();
        document.Save(stream);
    }
}
