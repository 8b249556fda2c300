using System.Globalization;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Tests.Reports;

/// <summary>Service profiles built in code for the compliance tests.</summary>
internal static class TestProfiles
{
    public static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    /// <summary>Every control declared and sufficient.</summary>
    public static SecurityControls FullControls { get; } = new()
    {
        SecurityOfficer = true,
        ContentReviewers = 12,
        RealIdentityVerification = true,
        RegistrationDataRetentionMonths = 36,
        LogRetentionMonths = 6,
        LoggedFields = ["account", "operation-time", "operation-type", "source-address", "destination-address", "source-port", "client-hardware", "published-content"],
        IllegalInformationHandling = true,
        PersonalInformationProtection = true,
        MobilisationControls = true,
        ComplaintChannel = true,
        AuthoritySupportMechanism = true,
        ContentLabelling = true,
        ImplicitMetadataLabels = true,
        DeploymentLocations = ["Beijing (cn-north-1)"],
        Licences = ["京ICP证000000号"],
    };

    /// <summary>A generative AI chat service with public comments (public-opinion attributes), launched 2025-09-26.</summary>
    public static ServiceProfile Chat(SecurityControls? controls = null) => new()
    {
        Name = "chat-assistant",
        DisplayName = "Chat Assistant",
        Provider = new Provider { Name = "Example Co., Ltd.", Roles = [ObligorRole.ServiceProvider], CreditCode = "91110000000000000X" },
        PublicInPrc = true,
        Technologies = new ServiceTechnologies { GenerativeAi = true, Algorithms = [AlgorithmType.PersonalizedPush] },
        Features = ["ai-chat", "comments"],
        LaunchedOn = D("2025-09-26"),
        Controls = controls ?? FullControls,
        Source = new SourceLocation("/repo/services/chat/airegops.yml", 1, 1),
    };
}
