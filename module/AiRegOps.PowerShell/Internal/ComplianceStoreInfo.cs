namespace AiRegOps.PowerShell;

/// <summary>What Get-ComplianceStore shows: the kind of store and where it is, never a key or connection string.</summary>
public sealed class ComplianceStoreInfo
{
    internal ComplianceStoreInfo(string kind, string location, bool isDefault)
    {
        Kind = kind;
        Location = location;
        IsDefault = isDefault;
    }

    /// <summary>Local or Azure.</summary>
    public string Kind { get; }

    /// <summary>The folder, or the Azure account endpoint and how the session signs in.</summary>
    public string Location { get; }

    /// <summary>Whether no store was chosen and the default local folder is used.</summary>
    public bool IsDefault { get; }

    public override string ToString() => $"{Kind}: {Location}";
}
