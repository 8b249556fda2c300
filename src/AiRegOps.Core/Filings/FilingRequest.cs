using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Filings;

/// <summary>
/// What a filing package needs beyond (or instead of) the service profile: the cmdlet's parameters. A value given
/// here wins over the profile; a value given nowhere is listed as missing, never guessed.
/// </summary>
public sealed record FilingRequest
{
    public FilingKind Kind { get; init; } = FilingKind.New;

    /// <summary>The service name when there is no profile.</summary>
    public string? ServiceName { get; init; }

    /// <summary>服务提供者的名称; defaults to the profile's provider name.</summary>
    public string? ProviderName { get; init; }

    /// <summary>The filer's role; defaults to the profile's roles (technical supporters file by reference, DSP Art. 19).</summary>
    public ObligorRole? Role { get; init; }

    /// <summary>服务形式: how the service is offered (e.g. "在线对话服务 / online chat service").</summary>
    public string? ServiceForm { get; init; }

    /// <summary>应用领域: field of application (e.g. "教育 / education").</summary>
    public string? ApplicationField { get; init; }

    /// <summary>算法类型; defaults to the profile's effective ARR Art. 2 types.</summary>
    public IReadOnlyList<AlgorithmType>? AlgorithmTypes { get; init; }

    /// <summary>The products the algorithm runs in.</summary>
    public IReadOnlyList<ProductForm> Products { get; init; } = [];

    /// <summary>Names of the app, website, mini program or API (shown next to <see cref="Products"/>).</summary>
    public IReadOnlyList<string> ProductNames { get; init; } = [];

    public FilingDisclosure? Disclosure { get; init; }

    /// <summary>
    /// The event that starts the deadline: service start (New), the change (Change) or termination (Cancel).
    /// For New it defaults to the profile's launch date; for Change and Cancel to the latest matching profile event.
    /// </summary>
    public DateOnly? EventDate { get; init; }

    /// <summary>For Change and Cancel: the number of the existing filing; defaults to the profile's latest new filing.</summary>
    public string? ExistingFilingNumber { get; init; }

    /// <summary>For Change: what changed.</summary>
    public string? ChangeSummary { get; init; }

    /// <summary>For Cancel: the arrangements made for users (妥善安排, ARR Art. 24(3)).</summary>
    public string? TerminationArrangements { get; init; }
}
