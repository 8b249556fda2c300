namespace AiRegOps.Core;

/// <summary>Who an obligation binds.</summary>
public enum ObligorRole
{
    /// <summary>Provides the AI service to users (B2C integration, app, website).</summary>
    ServiceProvider,

    /// <summary>Provides technical support to service providers, typically B2B over an API.</summary>
    TechnicalSupporter,

    /// <summary>Uses a deep synthesis service to produce, copy, publish or disseminate information.</summary>
    User,

    /// <summary>An online app store that lists AI applications.</summary>
    AppDistributionPlatform,

    /// <summary>A unit (university, institute, hospital, enterprise) doing S&amp;T research subject to ethics review.</summary>
    ResearchUnit,
}
