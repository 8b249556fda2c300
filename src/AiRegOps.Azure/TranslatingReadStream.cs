namespace AiRegOps.Azure;

/// <summary>
/// A downloaded blob's content stream whose read failures (the connection dropping mid-download, the SDK's retries
/// giving up with an <see cref="AggregateException"/>) are translated like every other storage error, into an
/// <see cref="Core.Evidence.EvidenceStoreException"/> naming the endpoint and the blob, without secrets.
/// </summary>
internal sealed class TranslatingReadStream(Stream inner, AzureContext context, string operation) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        try
        {
            return inner.Read(buffer, offset, count);
        }
        catch (Exception ex) when (AzureContext.IsStorageFailure(ex, CancellationToken.None))
        {
            throw context.Translate(ex, operation);
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (AzureContext.IsStorageFailure(ex, cancellationToken))
        {
            throw context.Translate(ex, operation);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

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
        }

        base.Dispose(disposing);
    }

    public override ValueTask DisposeAsync() => inner.DisposeAsync();
}
