using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using AiRegOps.Core.Profiles;

namespace AiRegOps.PowerShell.Completers;

/// <summary>Completes feature names from the fixed vocabulary.</summary>
public sealed class FeatureCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completions.For(wordToComplete, FeatureVocabulary.All.Select(f => (f.Id, $"{f.Description} ({f.NameZh})")));
}
