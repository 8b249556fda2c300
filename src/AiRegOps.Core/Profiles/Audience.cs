namespace AiRegOps.Core.Profiles;

/// <summary>Audiences with specific protections in ARR Arts 18-21 and GAIM Art. 10.</summary>
public enum Audience
{
    Minors,
    Elderly,
    Workers,
    Consumers,
}
