namespace AiRegOps.Core.Ethics;

/// <summary>The shape of ethics-registrations.json in the state folder.</summary>
internal sealed class EthicsRegistryDocument
{
    public int Version { get; set; } = 1;
    public List<EthicsRegistration> Registrations { get; set; } = [];
}
