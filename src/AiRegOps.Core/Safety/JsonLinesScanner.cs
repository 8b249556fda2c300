using System.Buffers;

namespace AiRegOps.Core.Safety;

/// <summary>
/// Splits a UTF-8 stream into lines without decoding it: one pooled buffer, each line a span into it (valid until the
/// next call). Works on pipes and other unseekable streams. The byte, line and line-length limits fail closed.
/// </summary>
internal sealed class JsonLinesScanner : IDisposable
{
    private const int ChunkBytes = 1 << 20;
    private readonly Stream stream;
    private readonly SafetyLimits limits;
    private readonly ErrorSink errors;
    private readonly CancellationToken cancellationToken;
    private byte[] buffer;
    private int start;
    private int end;
    private long bytesRead;
    private bool endOfStream;

    public JsonLinesScanner(Stream stream, SafetyLimits limits, ErrorSink errors, CancellationToken cancellationToken)
    {
        this.stream = stream;
        this.limits = limits;
        this.errors = errors;
        this.cancellationToken = cancellationToken;
        buffer = ArrayPool<byte>.Shared.Rent(Math.Max(ChunkBytes, limits.MaxLineBytes + 2) * 2);
    }

    /// <summary>The 1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>The next line without its end-of-line bytes; false at the end of the input. Blank lines are returned too.</summary>
    public bool TryRead(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = Take(newline, newline + 1);
                return true;
            }

            if (end - start > limits.MaxLineBytes)
            {
                throw errors.Fatal(LineNumber + 1, $"line is longer than {limits.MaxLineBytes} bytes; reading stopped (the limit keeps a malformed file from exhausting memory)");
            }

            if (endOfStream)
            {
                if (end > start)
                {
                    line = Take(end - start, end - start);
                    return true;
                }

                line = default;
                return false;
            }

            Fill();
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }

    private ReadOnlySpan<byte> Take(int length, int consumed)
    {
        LineNumber++;
        if (LineNumber > limits.MaxLines)
        {
            throw errors.Fatal(LineNumber, $"more than {limits.MaxLines} lines; reading stopped");
        }

        if ((LineNumber & 0xFFFF) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        var line = buffer.AsSpan(start, length);
        start += consumed;
        if (line.Length > 0 && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        if (LineNumber == 1 && line.StartsWith("\uFEFF"u8))
        {
            line = line[3..];
        }

        if (line.Length > limits.MaxLineBytes)
        {
            throw errors.Fatal(LineNumber, $"line is longer than {limits.MaxLineBytes} bytes; reading stopped");
        }

        return line;
    }

    private void Fill()
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        var read = stream.Read(buffer, end, buffer.Length - end);
        if (read == 0)
        {
            endOfStream = true;
            return;
        }

        end += read;
        bytesRead += read;
        if (bytesRead > limits.MaxBytes)
        {
            throw errors.Fatal(LineNumber + 1, $"the file is larger than {limits.MaxBytes} bytes; reading stopped");
        }
    }
}
