using System.Security;

namespace AiRegOps.Labels.Tests.Corpus;

internal static class Xmp
{
    public static string Packet(IReadOnlyList<string> labels, bool other, bool doubleEncode = false)
    {
        var descriptions = labels.Select(l =>
        {
            var escaped = SecurityElement.Escape(l);
            if (doubleEncode)
            {
                escaped = SecurityElement.Escape(escaped);
            }

            return $"<rdf:Description rdf:about=\"\" xmlns:TC260=\"http://www.tc260.org.cn/ns/AIGC/1.0/\" TC260:AIGC=\"{escaped}\"/>";
        });
        var dc = other ? "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" dc:format=\"image/png\"/>" : string.Empty;
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
            + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">" + dc + string.Concat(descriptions)
            + "</rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
    }
}
