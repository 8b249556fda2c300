using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using AiRegOps.Core.Catalogue;

namespace AiRegOps.PowerShell.Completers;

/// <summary>Completes obligation ids from the catalogue; the tool tip shows the seed number and title.</summary>
public sealed class ObligationIdCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completions.For(wordToComplete, ObligationCatalogue.Default.Obligations.Select(o => (o.Id, o.SeedRef is null ? o.Title : $"[{o.SeedRef}] {o.Title}")));
}
