namespace AiRegOps.Core.Profiles;

/// <summary>
/// The already-filed generative AI model a service calls (through its API or otherwise, without a model of its own).
/// Such a service registers (登记) instead of filing its own model, and displays the model name with the filing
/// number, or its own online number (上线编号) once registered.
/// </summary>
public sealed record GenerativeAiModel
{
    /// <summary>The filed model's name as listed by the CAC, e.g. "DeepSeek".</summary>
    public required string Name { get; init; }

    /// <summary>The model's filing number as published, e.g. "Beijing-DeepseekChat-202404280016".</summary>
    public required string FilingNumber { get; init; }

    /// <summary>The date this service's registration (登记) was completed, if it was.</summary>
    public DateOnly? RegisteredOn { get; init; }

    /// <summary>The online number (上线编号) the registration gave; its format is not published.</summary>
    public string? OnlineNumber { get; init; }
}
