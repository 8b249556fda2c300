namespace AiRegOps.Labels.Reading;

/// <summary>Random access to the bytes of one file or blob; every call is one read the limits count.</summary>
public interface IRangeSource
{
    long Length { get; }

    /// <summary>Reads up to <paramref name="buffer"/>'s length from <paramref name="offset"/>; returns the bytes read.</summary>
    int Read(long offset, Span<byte> buffer);
}
