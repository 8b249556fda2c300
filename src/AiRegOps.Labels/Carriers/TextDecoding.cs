using System.Net;
using System.Text;

namespace AiRegOps.Labels.Carriers;

/// <summary>Decoding of metadata text as carriers store it.</summary>
internal static class TextDecoding
{
    public static readonly Encoding Latin1 = Encoding.Latin1;

    // Strict UTF-8: invalid bytes in a label are a broken value, shown as U+FFFD and caught by the character check.
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static string TrimNul(string text) => text.TrimEnd('\0');

    /// <summary>Decodes HTML entities left in a value after its carrier's own decoding (observed in XMP); reports whether it did.</summary>
    public static string DecodeEntities(string value, out bool decoded)
    {
        decoded = false;
        if (!value.Contains('&', StringComparison.Ordinal) || !value.Contains(';', StringComparison.Ordinal))
        {
            return value;
        }

        var result = WebUtility.HtmlDecode(value);
        decoded = !string.Equals(result, value, StringComparison.Ordinal);
        return result;
    }
}
