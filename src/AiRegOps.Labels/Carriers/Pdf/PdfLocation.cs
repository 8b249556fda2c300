namespace AiRegOps.Labels.Carriers.Pdf;

/// <summary>Where a cross-reference section puts an object: free, at a file offset, or inside an object stream.</summary>
internal readonly record struct PdfLocation(PdfLocationKind Kind, long Offset, int Generation, int StreamNumber, int Index);

internal enum PdfLocationKind
{
    Free,
    InFile,
    InObjectStream,
}
