using System.Security.Cryptography;

namespace AiRegOps.Core.Evidence;

/// <summary>
/// Reads a stored blob and hashes it as it goes; at the end of the content it throws
/// <see cref="EvidenceIntegrityException"/> (naming the blob) if the hash is not the one it is stored under.
/// A reader therefore never sees the end of a changed blob without an error.
/// </summary>
public sealed class VerifyingReadStream : Stream
{
    private readonly Stream inner;
    private readonly ContentHash expected;
    private readonly string blobName;
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long position;
    private bool verified;

    public VerifyingReadStream(Stream inner, ContentHash expected, string blobName)
    {
        this.inner = inner ?? throw new ArgumentNullException(nameof(inner));
        this.expected = expected;
        this.blobName = blobName;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        return Account(buffer[..read], buffer.Length);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Account(buffer.Span[..read], buffer.Length);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            hash.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync().ConfigureAwait(false);
        hash.Dispose();
        await base.DisposeAsync().ConfigureAwait(false);
    }

    private int Account(ReadOnlySpan<byte> data, int requested)
    {
        if (data.Length > 0)
        {
            hash.AppendData(data);
            position += data.Length;
            return data.Length;
        }

        // Zero bytes for a non-empty request is the end of the content.
        if (!verified && requested > 0)
        {
            verified = true;
            var actual = ContentHash.FromBytes(hash.GetHashAndReset());
            if (actual != expected)
            {
                throw new EvidenceIntegrityException(blobName, expected, actual, position);
            }
        }

        return 0;
    }
}
