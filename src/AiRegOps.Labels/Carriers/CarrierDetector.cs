namespace AiRegOps.Labels.Carriers;

/// <summary>Picks the carrier reader from the file's first bytes (its magic), and from the name only where a format has no magic (Markdown) or shares one (ZIP).</summary>
public static class CarrierDetector
{
    /// <summary>Bytes of the head needed to recognise every format.</summary>
    public const int HeadBytes = 1024;

    public static ICarrierReader? Detect(ReadOnlySpan<byte> head, string? name)
    {
        if (PngReader.Matches(head))
        {
            return new PngReader();
        }

        if (JpegReader.Matches(head))
        {
            return new JpegReader();
        }

        if (RiffReader.Matches(head, "WEBP"u8))
        {
            return new RiffReader("WebP");
        }

        if (RiffReader.Matches(head, "WAVE"u8))
        {
            return new RiffReader("WAV");
        }

        if (RiffReader.Matches(head, "AVI "u8))
        {
            return new RiffReader("AVI");
        }

        if (MatroskaReader.Matches(head))
        {
            return new MatroskaReader();
        }

        if (FlvReader.Matches(head))
        {
            return new FlvReader();
        }

        if (GifReader.Matches(head))
        {
            return new GifReader();
        }

        if (TiffReader.Matches(head))
        {
            return new TiffReader();
        }

        if (FlacReader.Matches(head))
        {
            return new FlacReader();
        }

        if (OggReader.Matches(head))
        {
            return new OggReader();
        }

        if (Mp4Reader.Matches(head))
        {
            return new Mp4Reader();
        }

        if (OfficeReader.OfficeFormat(name) is { } office && OfficeReader.Matches(head, name))
        {
            return new OfficeReader(office);
        }

        if (PdfReader.Matches(head))
        {
            return new PdfReader();
        }

        if (MarkdownReader.Matches(name))
        {
            return new MarkdownReader();
        }

        return Id3Reader.Matches(head) ? new Id3Reader() : null;
    }

    /// <summary>The extensions a folder scan picks up; other files are skipped.</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".webp", ".gif", ".tif", ".tiff", ".mp4", ".m4v", ".m4a", ".mov", ".mkv", ".mka", ".mk3d", ".webm",
        ".avi", ".flv", ".wav", ".mp3", ".flac", ".ogg", ".oga", ".opus",
        ".docx", ".docm", ".dotx", ".xlsx", ".xlsm", ".xltx", ".pptx", ".pptm", ".potx", ".pdf", ".md", ".markdown", ".mdx",
    };
}
