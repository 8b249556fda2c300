using System.Runtime.CompilerServices;

namespace AiRegOps.Core.Evidence;

/// <summary>
/// Reads complete '\n'-terminated lines from a stream; a trailing line without its newline is not returned. A line
/// longer than the limit is skipped to its newline and returned as <see cref="Line.TooLong"/>, so a forged file of one
/// huge line costs time in proportion to its size but never memory.
/// </summary>
internal static class LineReader
{
    /// <summary>The longest line returned whole: a stored entry is at most <see cref="LedgerChain.MaxStoredLength"/>.</summary>
    public const int DefaultMaxLineLength = LedgerChain.MaxStoredLength + 1;

    /// <param name="stream">Positioned where reading starts.</param>
    /// <param name="firstLineNumber">The number of the first line read (1-based).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <param name="maxLineLength">Lines longer than this (without the newline) are returned as too long.</param>
    public static async IAsyncEnumerable<Line> ReadAsync(Stream stream, long firstLineNumber, [EnumeratorCancellation] CancellationToken cancellationToken, int maxLineLength = DefaultMaxLineLength)
    {
        var buffer = new byte[Math.Min(256 * 1024, maxLineLength + 1)];
        var start = 0;
        var end = 0;
        var offset = stream.Position;
        var number = firstLineNumber;
        var skipping = false;
        while (true)
        {
            var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
            if (newline >= 0)
            {
                var length = newline - start;
                offset += length + 1;
                yield return skipping
                    ? new Line(number++, offset, [], TooLong: true)
                    : length > maxLineLength
                        ? new Line(number++, offset, [], TooLong: true)
                        : new Line(number++, offset, buffer.AsSpan(start, length).ToArray(), TooLong: false);
                skipping = false;
                start = newline + 1;
                continue;
            }

            if (end - start > maxLineLength)
            {
                // Too long to keep: count what was read and drop it until the line ends.
                offset += end - start;
                start = end = 0;
                skipping = true;
            }

            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, maxLineLength + 2));
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
    /// <param name="Bytes">The line without its newline (empty when too long).</param>
    /// <param name="TooLong">The line was longer than the limit and was skipped.</param>
    internal readonly record struct Line(long Number, long EndOffset, byte[] Bytes, bool TooLong);
}
