using System.Text.RegularExpressions;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Evidence;

namespace AiRegOps.Azure.Labels;

/// <summary>
/// The setting that says which containers hold which service's generated files:
/// <c>container=service[:obligation+obligation]</c>, entries separated by commas, e.g.
/// <c>ai-images=chat-service,ai-audio=voice:label-implicit-metadata</c>. Without obligations a container's checks are
/// evidence for <see cref="DefaultObligation"/>. Parsing fails closed with the entry and what was expected.
/// </summary>
public static partial class LabelWatchList
{
    /// <summary>The catalogue's obligation for the implicit label in file metadata (the one Test-AigcLabel records for).</summary>
    public const string DefaultObligation = "label-implicit-metadata";

    /// <summary>The containers an Event Grid filter can name at most (25 values per advanced filter).</summary>
    public const int MaxContainers = 25;

    /// <summary>An empty setting watches nothing.</summary>
    /// <exception cref="FormatException">An entry is malformed, names a container twice, or an obligation the catalogue does not have.</exception>
    public static IReadOnlyList<LabelWatch> Parse(string? setting, ObligationCatalogue? catalogue = null)
    {
        catalogue ??= ObligationCatalogue.Default;
        var result = new List<LabelWatch>();
        if (string.IsNullOrWhiteSpace(setting))
        {
            return result;
        }

        var entries = setting.Split(',');

        // Counted before the entries are parsed: each is compared with those before it, so a setting of 100,000
        // entries would otherwise take minutes to refuse.
        if (entries.Length > MaxContainers)
        {
            throw new FormatException($"{entries.Length:N0} containers are listed; an Event Grid subscription filter takes at most {MaxContainers}.");
        }

        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i].Trim();
            var where = $"entry {i + 1}";
            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"{where} is not container=service[:obligation+obligation] (e.g. ai-images=chat-service).");
            }

            var container = entry[..equals].Trim();
            var rest = entry[(equals + 1)..];
            var colon = rest.IndexOf(':', StringComparison.Ordinal);
            var service = (colon < 0 ? rest : rest[..colon]).Trim();
            var obligations = colon < 0 ? [DefaultObligation] : rest[(colon + 1)..].Split('+').Select(o => o.Trim()).ToList();

            if (!ContainerName().IsMatch(container) || container.StartsWith("azure-webjobs-", StringComparison.Ordinal))
            {
                throw new FormatException($"{where}: the container must be a blob container name (3-63 lower-case letters, digits and single dashes; not the host's azure-webjobs-* containers).");
            }

            if (!ServiceNames.IsValid(service))
            {
                throw new FormatException($"{where} ({container}): the service must be a service name (letters, digits, '-', '_' and '.', not starting with '.').");
            }

            foreach (var obligation in obligations)
            {
                if (!catalogue.TryGetObligation(obligation, out _))
                {
                    throw new FormatException($"{where} ({container}): '{Core.TextSafety.ForMessage(obligation, 80)}' is not an obligation id of the catalogue (e.g. {DefaultObligation}).");
                }
            }

            if (result.Any(w => w.Container == container))
            {
                throw new FormatException($"{where}: container {container} is listed twice; a container's files belong to one service.");
            }

            result.Add(new LabelWatch(container, service, obligations.Distinct(StringComparer.Ordinal).ToList()));
        }

        return result;
    }

    [GeneratedRegex("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex ContainerName();
}
