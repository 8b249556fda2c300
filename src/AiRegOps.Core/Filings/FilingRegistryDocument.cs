namespace AiRegOps.Core.Filings;

/// <summary>The shape of filings.json in the state folder.</summary>
internal sealed class FilingRegistryDocument
{
    public int Version { get; set; } = 1;
    public List<RecordedFiling> Filings { get; set; } = [];
}
