using System.Runtime.CompilerServices;

namespace AiRegOps.Core.Evidence;

/// <summary>Reads complete '\n'-terminated lines from a stream; a trailing line without its newline is not returned.</summary>
internal static class LineReader
{
    /// <param name="stream">Positioned where reading starts.</param>
    /// <param name="firstLineNumber">The number of the first line read (1-based).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async IAsyncEnumerable<Line> ReadAsync(Stream stream, long firstLineNumber, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = new byte[256 * 1024];
        var start = 0;
        var end = 0;
        var offset = stream.Position;
        var number = firstLineNumber;
        while (true)
        {
            var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
            if (newline >= 0)
            {
                var length = newline - start;
                offset += length + 1;
                yield return new Line(number++, offset, buffer.AsSpan(start, length).ToArray());
                start = newline + 1;
                continue;
            }

            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                yield break;
            }

            end += read;
        }
    }

    /// <param name="Number">1-based line number.</param>
    /// <param name="EndOffset">The stream offset just past the line's newline.</param>
    /// <param name="Bytes">The line without its newline.</param>
    internal readonly record struct Line(long Number, long EndOffset, byte[] Bytes);
}
