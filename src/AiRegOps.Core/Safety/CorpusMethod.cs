namespace AiRegOps.Core.Safety;

/// <summary>How a corpus item was sampled and judged.</summary>
public enum CorpusMethod
{
    /// <summary>Manual (human) sampling.</summary>
    Manual,

    /// <summary>Technical sampling with keywords or classifiers.</summary>
    Technical,
}
