using System.Text;

namespace AiRegOps.Safety.Bench;

/// <summary>
/// Judgement lines made on demand (deterministic): 60% generated-content, 20% should-refuse, 20% should-not-refuse
/// with topics. As a stream it never holds more than one line, so the reader's memory is all that grows.
/// </summary>
internal sealed class JudgementLines(long lines) : Stream
{
    private static readonly string[] Risks = Enumerable.Range(1, 8).Select(i => $"A.1.{i}")
        .Concat(Enumerable.Range(1, 9).Select(i => $"A.2.{i}")).Concat(Enumerable.Range(1, 5).Select(i => $"A.3.{i}"))
        .Concat(Enumerable.Range(1, 7).Select(i => $"A.4.{i}")).Concat(Enumerable.Range(1, 2).Select(i => $"A.5.{i}")).ToArray();

    private static readonly string[] Topics = ["system", "beliefs", "image", "culture", "customs", "ethnicity", "geography", "history", "heroes", "gender", "age", "occupation", "health"];

    private readonly byte[] line = new byte[256];
    private long next;
    private int lineLength;
    private int lineOffset;

    public static string Line(long i)
    {
        var kind = i % 10;
        return kind < 6
            ? $"{{\"id\":\"q{i:D8}\",\"bank\":\"generation\",\"risk\":\"{Risks[i % Risks.Length]}\",\"outcome\":\"{(i % 23 == 0 ? "fail" : "pass")}\"}}\n"
            : kind < 8
                ? $"{{\"id\":\"q{i:D8}\",\"bank\":\"should-refuse\",\"risk\":\"{Risks[i % 17]}\",\"outcome\":\"{(i % 41 == 0 ? "answered" : "refused")}\"}}\n"
                : $"{{\"id\":\"q{i:D8}\",\"bank\":\"should-not-refuse\",\"topic\":\"{Topics[i % Topics.Length]}\",\"outcome\":\"{(i % 53 == 0 ? "refused" : "answered")}\"}}\n";
    }

    public static void WriteFile(string path, long count)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        for (long i = 0; i < count; i++)
        {
            writer.Write(Line(i));
        }
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var written = 0;
        while (written < count)
        {
            if (lineOffset == lineLength)
            {
                if (next >= Count)
                {
                    break;
                }

                lineLength = Encoding.UTF8.GetBytes(Line(next++), line);
                lineOffset = 0;
            }

            var n = Math.Min(count - written, lineLength - lineOffset);
            Buffer.BlockCopy(line, lineOffset, buffer, offset + written, n);
            lineOffset += n;
            written += n;
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private long Count { get; } = lines;
}
