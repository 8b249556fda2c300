namespace AiRegOps.Core.Catalogue.Conditions;

/// <summary>
/// One fact about a service that a catalogue condition may test. Facts describe the service, never the law: the
/// law is in the conditions that test them. The phrases turn a test into a reason a person can read.
/// </summary>
/// <param name="Name">The name conditions use, e.g. "offeredInPrc".</param>
/// <param name="Index">The fact's slot in a service's fact vector.</param>
/// <param name="Kind">Flag or set.</param>
/// <param name="Members">For sets: the kebab-case names of the members, bit i for member i.</param>
/// <param name="Holds">The reason when a flag is true, or the verb for a set ("uses {0}").</param>
/// <param name="Fails">The reason when a flag is false, or the negated verb ("does not use {0}").</param>
public sealed record Fact(string Name, int Index, FactKind Kind, IReadOnlyList<string> Members, string Holds, string Fails)
{
    /// <summary>The bit of <paramref name="member"/>, or -1 when it is not a member.</summary>
    public int BitOf(string member)
    {
        for (var i = 0; i < Members.Count; i++)
        {
            if (string.Equals(Members[i], member, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The members whose bits are set in <paramref name="mask"/>, joined with <paramref name="separator"/>.</summary>
    public string Join(ulong mask, string separator)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < Members.Count; i++)
        {
            if ((mask & (1UL << i)) != 0)
            {
                if (text.Length > 0)
                {
                    text.Append(separator);
                }

                text.Append(Members[i]);
            }
        }

        return text.Length == 0 ? "nothing" : text.ToString();
    }
}
