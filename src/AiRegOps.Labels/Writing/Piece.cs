namespace AiRegOps.Labels.Writing;

/// <summary>One part of a rewritten file: a range copied from the original, or new bytes.</summary>
internal readonly record struct Piece(long Offset, long Length, byte[]? Data)
{
    public static Piece Copy(long offset, long length) => new(offset, length, null);

    public static Piece New(byte[] data) => new(0, data.Length, data);
}
