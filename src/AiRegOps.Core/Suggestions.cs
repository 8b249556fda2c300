namespace AiRegOps.Core;

/// <summary>"Did you mean" suggestions by edit distance.</summary>
public static class Suggestions
{
    /// <summary>The candidate closest to <paramref name="input"/>, or null when none is close enough to help.</summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(candidates);
        string? best = null;
        var bestDistance = int.MaxValue;
        var allowed = Math.Max(2, input.Length / 3);
        foreach (var candidate in candidates)
        {
            // The distance is at least the difference in length: skip candidates that cannot be close, so a hostile
            // 5,000-character value costs nothing per candidate instead of 5,000 x its length.
            if (Math.Abs(input.Length - candidate.Length) > allowed)
            {
                continue;
            }

            var distance = Distance(input.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        // Allow roughly one edit in three characters: enough for typos, not for unrelated words.
        var limit = Math.Max(2, input.Length / 3);
        return bestDistance <= limit ? best : null;
    }

    /// <summary>Levenshtein distance.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
