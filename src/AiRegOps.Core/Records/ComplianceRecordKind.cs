namespace AiRegOps.Core.Records;

/// <summary>What a record of the record store is.</summary>
public enum ComplianceRecordKind
{
    /// <summary>A completed filing (Register-AlgorithmFiling).</summary>
    Filing,

    /// <summary>An ethics committee or an approved activity (Register-EthicsReview).</summary>
    EthicsRegistration,
}
