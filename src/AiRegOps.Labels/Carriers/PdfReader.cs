using AiRegOps.Labels.Reading;
using AiRegOps.Labels.Rules;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace AiRegOps.Labels.Carriers;

/// <summary>
/// PDF: the document information dictionary key whose name contains AIGC (TC260-PG-20258A), read with PdfPig, which
/// follows cross-reference streams and incremental updates to the current dictionary. PdfPig reads through the
/// bounded <see cref="RangeStream"/>, so a broken file costs at most the per-file limits.
/// </summary>
public sealed class PdfReader : ICarrierReader
{
    public string Format => "PDF";

    public static bool Matches(ReadOnlySpan<byte> head) => head.IndexOf("%PDF-"u8) is >= 0 and < 1024;

    public void Read(RangeReader reader, LabelSink sink)
    {
        IReadOnlyDictionary<string, IToken> entries;
        try
        {
            using var document = PdfDocument.Open(new RangeStream(reader), new ParsingOptions { UseLenientParsing = false, SkipMissingFonts = true });
            entries = document.Information.DocumentInformationDictionary?.Data ?? new Dictionary<string, IToken>();
        }
        catch (Exception ex) when (ex is not (LabelLimitException or LabelFormatException or RangeNeededException or OutOfMemoryException))
        {
            // PdfPig signals a damaged file with several exception types; all mean the same thing here.
            throw new LabelFormatException($"the PDF cannot be parsed: {ex.Message}", 0);
        }

        foreach (var (key, token) in entries)
        {
            if (!LabelRuleSet.Default.IsFieldName(key))
            {
                continue;
            }

            var value = token switch
            {
                StringToken s => s.Data,
                HexToken h => h.Data,
                NameToken n => n.Data,
                _ => token.ToString() ?? string.Empty,
            };
            sink.Add("PDF information dictionary", key, value, 0);
        }
    }
}
