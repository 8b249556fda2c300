using System.Security.Cryptography;
using AiRegOps.Core.Evidence;

namespace AiRegOps.Tests.Shared.Evidence;

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
