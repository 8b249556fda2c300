using AiRegOps.Core;
using AiRegOps.Core.Catalogue;

namespace AiRegOps.Labels.Rules;

/// <summary>Where a practice guide puts the implicit label for one format.</summary>
public sealed record LabelPlacement(string Format, string Placement, string Guide, Confidence Confidence);
