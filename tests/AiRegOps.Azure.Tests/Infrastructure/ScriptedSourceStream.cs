namespace AiRegOps.Azure.Tests.Infrastructure;

/// <summary>
/// A seekable source that misbehaves on a chosen read-through: serves <c>first</c> until it is rewound to the start,
/// then <c>later</c> (a file rewritten between the hash and the upload); or fails after some bytes of a read-through,
/// as a writer process killed mid-way stops reading. A "pass" is one read from the start.
/// </summary>
internal sealed class ScriptedSourceStream : Stream
{
    private readonly byte[] first;
    private readonly byte[] later;
    private readonly int failOnPass;
    private readonly long failAfter;
    private long position;

    private ScriptedSourceStream(byte[] first, byte[] later, int failOnPass, long failAfter)
    {
        this.first = first;
        this.later = later;
        this.failOnPass = failOnPass;
        this.failAfter = failAfter;
    }

    /// <summary>How many times reading started from the beginning (a failing pass keeps failing on every later one).</summary>
    public int Pass { get; private set; } = 1;

    public static ScriptedSourceStream ChangingAfterFirstRead(byte[] first, byte[] later) => new(first, later, 0, 0);

    public static ScriptedSourceStream FailingOnPass(byte[] content, int pass, long after) => new(content, content, pass, after);

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => Current.Length;

    public override long Position
    {
        get => position;
        set => Seek(value, SeekOrigin.Begin);
    }

    private byte[] Current => Pass == 1 ? first : later;

    public override long Seek(long offset, SeekOrigin origin)
    {
        var target = origin switch { SeekOrigin.Begin => offset, SeekOrigin.Current => position + offset, _ => Length + offset };
        if (target == 0 && position != 0)
        {
            Pass++;
        }

        position = target;
        return position;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var failing = failOnPass > 0 && Pass >= failOnPass;
        if (failing && position >= failAfter)
        {
            throw new IOException("simulated: the writer process stopped here");
        }

        var limit = failing ? failAfter : long.MaxValue;
        var count = (int)Math.Min(Math.Min(buffer.Length, Current.Length - position), limit - position);
        Current.AsSpan((int)position, count).CopyTo(buffer);
        position += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
