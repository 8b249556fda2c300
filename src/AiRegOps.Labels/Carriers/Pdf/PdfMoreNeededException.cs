namespace AiRegOps.Labels.Carriers.Pdf;

/// <summary>The parser reached the end of the bytes it was given before the object ended: the caller reads more.</summary>
internal sealed class PdfMoreNeededException : Exception
{
    public PdfMoreNeededException()
    {
    }

    public PdfMoreNeededException(string message)
        : base(message)
    {
    }

    public PdfMoreNeededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
