using System.Text.RegularExpressions;

namespace AiRegOps.Labels.Rules;

/// <summary>One segment of the 27-character provider code: 1-based start, length and the pattern it must match.</summary>
public sealed record CodeSegment(string Name, int Start, int Length, Regex Pattern, bool IsCreditCode);
