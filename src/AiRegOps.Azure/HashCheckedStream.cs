using System.Security.Cryptography;
using AiRegOps.Core.Evidence;

namespace AiRegOps.Azure;

/// <summary>
/// Exactly <c>length</c> bytes of a seekable source from where it began, hashed as they pass. With an expected hash
/// (the second read of a source already hashed), the read that would hand out the last bytes first checks the hash and
/// throws instead if it differs, so an upload of this stream can never complete with other content than the hash
/// names. Without one, the hash of the bytes handed out is <see cref="Hash"/> once the last of them has passed. Either
/// way a source that ends early throws, so the service receives fewer bytes than announced and stores nothing.
/// Rewinding to the start (the SDK retrying a request) starts the hash afresh.
/// </summary>
internal sealed class HashCheckedStream : Stream
{
    private readonly Stream source;
    private readonly long origin;
    private readonly long length;
    private readonly ContentHash? expected;
    private IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long position;

    public HashCheckedStream(Stream source, long origin, long length, ContentHash? expected)
    {
        this.source = source;
        this.origin = origin;
        this.length = length;
        this.expected = expected;
    }

    /// <summary>Set once the source was found to differ from what was hashed; every later read throws it.</summary>
    public EvidenceSourceChangedException? Failure { get; private set; }

    /// <summary>The SHA-256 of the <c>length</c> bytes handed out, once the last of them has been; null before then.</summary>
    public ContentHash? Hash { get; private set; }

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
        Hash = null;
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
            throw Fail($"ended after {position} bytes");
        }

        hash.AppendData(read);
        position += read.Length;
        if (position == length)
        {
            var actual = ContentHash.FromBytes(hash.GetHashAndReset());
            if (expected is { } known && actual != known)
            {
                throw Fail($"hashed to {actual.Hex}");
            }

            Hash = actual;
        }

        return read.Length;
    }

    private EvidenceSourceChangedException Fail(string change) => Failure = expected is { } known
        ? new EvidenceSourceChangedException(known, length, $"{change} when it was read again to upload it")
        : new EvidenceSourceChangedException($"The evidence changed while it was being stored: it was {length} bytes long when its upload began, then {change} while it was uploaded. Nothing was stored or recorded; add it again once it no longer changes.");
}
