using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using AiRegOps.Core.Safety;

namespace AiRegOps.PowerShell.Completers;

/// <summary>Completes the safety threshold-set ids (tc260-003-2024, gb-t-45654-2025).</summary>
public sealed class SafetyStandardCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completions.For(wordToComplete, ThresholdSets.Default.All.Select(s => (s.Id, $"{s.Standard}: {s.NameEn} (in force {s.EffectiveOn:yyyy-MM-dd})")));
}
