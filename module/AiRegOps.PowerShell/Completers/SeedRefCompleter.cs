using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using AiRegOps.Core.Catalogue;

namespace AiRegOps.PowerShell.Completers;

/// <summary>Completes the seed document's obligation numbers (A.1 .. B.30).</summary>
public sealed class SeedRefCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completions.For(wordToComplete, ObligationCatalogue.Default.Obligations.Where(o => o.SeedRef is not null).Select(o => (o.SeedRef!, o.Title)));
}
