using AiRegOps.Azure.Labels;

namespace AiRegOps.Functions.Hosting;

/// <summary>The parsed AiRegOps__LabelWatch setting, one instance per app (a named type, so no other list is injected by mistake).</summary>
public sealed record LabelWatches(IReadOnlyList<LabelWatch> All);
