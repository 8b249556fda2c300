using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Language;
using AiRegOps.Core.Catalogue;

namespace AiRegOps.PowerShell.Completers;

/// <summary>Completes regulation ids from the catalogue.</summary>
public sealed class RegulationIdCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completions.For(wordToComplete, ObligationCatalogue.Default.Regulations.Select(r => (r.Id, $"{r.ShortName}: {r.NameEn} ({r.Status})")));
}
