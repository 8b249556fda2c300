using System.Text;
using AiRegOps.Core.Catalogue;

namespace AiRegOps.Core.Safety;

/// <summary>
/// The risks of Annex A in order (A.1.1 ... A.5.2), with an index per risk so tallies are plain arrays. Risk ids are
/// matched straight from UTF-8 bytes: scoring a million lines must not allocate a string per line.
/// </summary>
public sealed class RiskTaxonomy
{
    private readonly int[] groupStart;
    private readonly int[] groupCount;

    public RiskTaxonomy(IReadOnlyList<SafetyRiskGroup> groups, Confidence countsConfidence, string? notes)
    {
        ArgumentNullException.ThrowIfNull(groups);
        Groups = groups;
        CountsConfidence = countsConfidence;
        Notes = notes;
        Risks = groups.SelectMany(g => g.Risks).ToList();

        // Group "A.k" lives at slot k, so a risk id "A.k.n" maps to groupStart[k] + n - 1.
        var maxGroup = groups.Count == 0 ? 0 : groups.Max(g => GroupNumber(g.Id));
        groupStart = new int[maxGroup + 1];
        groupCount = new int[maxGroup + 1];
        var index = 0;
        foreach (var group in groups)
        {
            var number = GroupNumber(group.Id);
            groupStart[number] = index;
            groupCount[number] = group.Risks.Count;
            index += group.Risks.Count;
        }
    }

    public IReadOnlyList<SafetyRiskGroup> Groups { get; }

    public IReadOnlyList<SafetyRisk> Risks { get; }

    public Confidence CountsConfidence { get; }

    public string? Notes { get; }

    public int Count => Risks.Count;

    /// <summary>The index of risk id <paramref name="utf8"/> ("A.2.4"), or -1 when it is not a risk of this taxonomy.</summary>
    public int IndexOf(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length < 5 || utf8[0] != (byte)'A' || utf8[1] != (byte)'.')
        {
            return -1;
        }

        var dot = utf8[2..].IndexOf((byte)'.');
        if (dot <= 0 || !TryDigits(utf8.Slice(2, dot), out var group) || !TryDigits(utf8[(3 + dot)..], out var number))
        {
            return -1;
        }

        return group < groupCount.Length && number >= 1 && number <= groupCount[group] ? groupStart[group] + number - 1 : -1;
    }

    public int IndexOf(string id) => IndexOf(Encoding.UTF8.GetBytes(id ?? string.Empty));

    /// <summary>The indexes of the risks in group <paramref name="groupId"/> ("A.1").</summary>
    public IEnumerable<int> IndexesOf(string groupId)
    {
        var number = GroupNumber(groupId);
        return number < groupCount.Length ? Enumerable.Range(groupStart[number], groupCount[number]) : [];
    }

    /// <summary>"unknown risk 'A.2.10'; did you mean 'A.2.1'? Risks are A.1.1-A.1.8, ..."</summary>
    public string Explain(string given)
    {
        var closest = Suggestions.Closest(given, Risks.Select(r => r.Id));
        var ranges = string.Join(", ", Groups.Select(g => $"{g.Id}.1-{g.Id}.{g.Risks.Count}"));
        var shown = TextSafety.ForMessage(given, 80);
        return closest is null
            ? $"unknown risk '{shown}'; risks are {ranges}"
            : $"unknown risk '{shown}'; did you mean '{closest}'? Risks are {ranges}";
    }

    internal static int GroupNumber(string groupId) =>
        groupId.Length > 2 && groupId.StartsWith("A.", StringComparison.Ordinal)
        && int.TryParse(groupId.AsSpan(2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 0 and < 100
            ? n
            : throw new CatalogueException($"risk group id '{groupId}' is not of the form A.<number>");

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        if (digits.Length is 0 or > 3 || digits[0] == (byte)'0')
        {
            return false;
        }

        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }
}
