namespace AiRegOps.Core.Identifiers;

/// <summary>
/// The unified social credit code (统一社会信用代码) check of GB 32100-2015: 18 characters from the code alphabet,
/// the last one the check character over the first 17 (weights and alphabet from <see cref="CreditCodeRule"/>).
/// </summary>
public static class UnifiedSocialCreditCode
{
    /// <summary>Null when <paramref name="code"/> is a valid code; otherwise what is wrong with it, in words.</summary>
    public static string? Problem(ReadOnlySpan<char> code, CreditCodeRule? rule = null)
    {
        rule ??= CreditCodeRule.Default;
        if (code.Length != rule.Length)
        {
            return $"a unified social credit code has {rule.Length} characters, found {code.Length}";
        }

        var sum = 0;
        for (var i = 0; i < code.Length; i++)
        {
            var value = rule.Alphabet.IndexOf(code[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return $"character {i + 1} ('{code[i]}') is not in the code alphabet {rule.Alphabet}";
            }

            if (i < rule.Weights.Count)
            {
                sum += value * rule.Weights[i];
            }
        }

        var modulus = rule.Alphabet.Length;
        var expected = rule.Alphabet[(modulus - (sum % modulus)) % modulus];
        return code[^1] == expected ? null : $"check character is '{code[^1]}', expected '{expected}' ({rule.Clause})";
    }

    public static bool IsValid(ReadOnlySpan<char> code, CreditCodeRule? rule = null) => Problem(code, rule) is null;
}
