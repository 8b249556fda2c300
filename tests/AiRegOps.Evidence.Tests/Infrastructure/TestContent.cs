using System.Security.Cryptography;
using AiRegOps.Core.Evidence;

namespace AiRegOps.Evidence.Tests.Infrastructure;

internal static class TestContent
{
    public static byte[] Random(int size, int seed)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static ContentHash HashOf(byte[] bytes) => ContentHash.FromBytes(SHA256.HashData(bytes));

    public static EvidenceMetadata Metadata(string service = "chat-svc", string obligation = "filing", string period = "launched@2025-09-26", string? deployment = null) => new()
    {
        Service = service,
        ObligationId = obligation,
        Period = period,
        DeploymentId = deployment,
        AddedBy = "release-pipeline",
        Note = "test evidence",
        FileName = "report.pdf",
    };
}

/// <summary>A stream that can only be read forward, as a network or pipeline stream.</summary>
internal sealed class ForwardOnlyStream(Stream inner) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, 64 * 1024));
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(buffer[..Math.Min(buffer.Length, 64 * 1024)], cancellationToken);
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
