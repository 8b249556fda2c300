using System.Security.Cryptography;
using AiRegOps.Core.Evidence;

namespace AiRegOps.Azure;

/// <summary>
/// The second read of a seekable source whose hash is already known: exactly <c>length</c> bytes from where it began,
/// hashed as they pass. The read that would hand out the last bytes first checks the hash and throws instead if it
/// differs (or if the source ends early), so an upload of this stream can never complete with other content than the
/// hash names: the service receives fewer bytes than announced and stores nothing. Rewinding to the start (the SDK
/// retrying a request) starts the hash afresh.
/// </summary>
internal sealed class HashCheckedStream : Stream
{
    private readonly Stream source;
    private readonly long origin;
    private readonly long length;
    private readonly ContentHash expected;
    private IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long position;

    public HashCheckedStream(Stream source, long origin, long length, ContentHash expected)
    {
        this.source = source;
        this.origin = origin;
        this.length = length;
        this.expected = expected;
    }

    /// <summary>Set once the source was found to differ from what was hashed; every later read throws it.</summary>
    public EvidenceSourceChangedException? Failure { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => position;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        var target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => position + offset,
            _ => length + offset,
        };
        if (target == position)
        {
            return position;
        }

        if (target != 0)
        {
            throw new NotSupportedException("A hash-checked stream can only be rewound to its start.");
        }

        source.Position = this.origin;
        hash.Dispose();
        hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        position = 0;
        return 0;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var max = Remaining(buffer.Length);
        if (max == 0)
        {
            return 0;
        }

        if (source is FileStream { IsAsync: false })
        {
            // A synchronous file handle: its ReadAsync would only queue the same read to the thread pool, once for
            // every small buffer the HTTP stack asks for.
            cancellationToken.ThrowIfCancellationRequested();
            return Read(buffer.Span);
        }

        var read = await source.ReadAsync(buffer[..max], cancellationToken).ConfigureAwait(false);
        return Pass(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var max = Remaining(buffer.Length);
        if (max == 0)
        {
            return 0;
        }

        var read = source.Read(buffer[..max]);
        return Pass(buffer[..read]);
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            hash.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Remaining(int wanted)
    {
        if (Failure is not null)
        {
            throw Failure;
        }

        return (int)Math.Min(wanted, length - position);
    }

    private int Pass(ReadOnlySpan<byte> read)
    {
        if (read.Length == 0)
        {
            throw Fail($"ended after {position} bytes when it was read again to upload it");
        }

        hash.AppendData(read);
        position += read.Length;
        if (position == length)
        {
            var actual = ContentHash.FromBytes(hash.GetHashAndReset());
            if (actual != expected)
            {
                throw Fail($"hashed to {actual.Hex} when it was read again to upload it");
            }
        }

        return read.Length;
    }

    private EvidenceSourceChangedException Fail(string change) => Failure = new EvidenceSourceChangedException(expected, length, change);
}
