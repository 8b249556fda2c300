namespace AiRegOps.Core.Profiles.Loading;

/// <summary>
/// Locates a YAML syntax error that YamlDotNet reports without a position. Its scanner throws a bare
/// <see cref="InvalidOperationException"/> when a flow list or mapping (<c>[</c> or <c>{</c>) is still open at the end
/// of the text after a multi-line plain scalar; the mistake the user must find is the bracket that was never closed.
/// </summary>
internal static class YamlSyntaxError
{
    /// <summary>The position and message for an exception the YAML parser threw without a mark.</summary>
    public static (int Line, int Column, string Message) Locate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (FindUnclosedFlow(text) is { } open)
        {
            var (name, close) = open.Bracket == '[' ? ("list", ']') : ("mapping", '}');
            return (open.Line, open.Column, $"the flow {name} '{open.Bracket}' opened here is never closed; expected '{close}'");
        }

        var lines = text.Split('\n');
        return (Math.Max(1, lines.Length), 1, "the text ends in the middle of a YAML value");
    }

    /// <summary>
    /// The innermost '[' or '{' with no matching close, outside quotes and comments; null when every bracket closes.
    /// A bracket inside a plain scalar (e.g. <c>note: a[1]</c>) counts only where YAML starts a flow collection: as the
    /// first character of a value or after a separator inside another flow collection.
    /// </summary>
    internal static (int Line, int Column, char Bracket)? FindUnclosedFlow(string text)
    {
        var open = new Stack<(int Line, int Column, char Bracket)>();
        var line = 1;
        var column = 0;
        char? quote = null;
        var inComment = false;
        var previous = '\n';
        var lastSignificant = '\n';
        foreach (var c in text)
        {
            column++;
            if (c == '\n')
            {
                line++;
                column = 0;
                inComment = false;
                previous = c;
                lastSignificant = open.Count == 0 ? c : lastSignificant;
                continue;
            }

            if (inComment)
            {
                continue;
            }

            if (quote is { } q)
            {
                quote = c == q ? null : quote;
                previous = c;
                continue;
            }

            switch (c)
            {
                case '#' when previous is ' ' or '\t' or '\n':
                    inComment = true;
                    break;
                case '"' or '\'' when lastSignificant is ':' or '[' or '{' or ',' or '-' or '\n' || previous is '\n':
                    quote = c;
                    break;
                case '[' or '{' when open.Count > 0 || lastSignificant is ':' or '-' or '\n':
                    open.Push((line, column, c));
                    break;
                case ']' or '}' when open.Count > 0:
                    open.Pop();
                    break;
            }

            if (c is not (' ' or '\t'))
            {
                lastSignificant = c;
            }

            previous = c;
        }

        return open.Count > 0 ? open.Peek() : null;
    }
}
