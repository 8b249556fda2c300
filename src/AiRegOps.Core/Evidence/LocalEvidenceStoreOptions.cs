using AiRegOps.Core.State;

namespace AiRegOps.Core.Evidence;

/// <summary>Evidence, ledgers and state in a local folder (the embedded default: <c>.airegops</c> in the working folder).</summary>
public sealed record LocalEvidenceStoreOptions : EvidenceStoreOptions
{
    public const string DefaultFolderName = ".airegops";

    public LocalEvidenceStoreOptions(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    /// <summary>How long an append waits for another writer's lock.</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The default folder under <paramref name="workingFolder"/>.</summary>
    public static LocalEvidenceStoreOptions Default(string workingFolder) => new(Path.Combine(workingFolder, DefaultFolderName));

    public override EvidenceBackend CreateBackend(TimeProvider time) => new(
        new LocalEvidenceStore(Root),
        new LocalEvidenceLedger(Root, time, LockTimeout),
        new LocalObligationStateStore(Root, time));

    public override string Describe() => $"local folder {Root}";

    public override string ToString() => Describe();
}
