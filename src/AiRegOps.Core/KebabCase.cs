using System.Text;

namespace AiRegOps.Core;

/// <summary>
/// The kebab-case spelling of a PascalCase member name, as <c>JsonNamingPolicy.KebabCaseLower</c> writes it: a word
/// starts at an upper-case letter that follows a lower-case letter or a digit, or that ends a run of capitals before a
/// lower-case letter ("FunctionAdded" is "function-added", "DigitalHuman3D" is "digital-human3-d", "SA2018Report" is
/// "sa2018-report"). Written out rather than borrowed from System.Text.Json, whose naming policy costs milliseconds to
/// start in a new PowerShell session; a test holds the two to the same answer for every enum of the core.
/// </summary>
internal static class KebabCase
{
    /// <exception cref="ArgumentException">The name has a character other than an ASCII letter or digit.</exception>
    public static string Of(string name)
    {
        var kebab = new StringBuilder(name.Length + 4);
        var afterLowerOrDigit = false;
        var afterUpper = false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsAsciiLetterUpper(c))
            {
                var endsCapitals = afterUpper && i + 1 < name.Length && char.IsAsciiLetterLower(name[i + 1]);
                if (afterLowerOrDigit || endsCapitals)
                {
                    kebab.Append('-');
                }

                kebab.Append(char.ToLowerInvariant(c));
                (afterUpper, afterLowerOrDigit) = (true, false);
            }
            else if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                kebab.Append(c);
                (afterUpper, afterLowerOrDigit) = (false, true);
            }
            else
            {
                throw new ArgumentException($"'{name}' is not a PascalCase name of ASCII letters and digits.", nameof(name));
            }
        }

        return kebab.ToString();
    }
}
