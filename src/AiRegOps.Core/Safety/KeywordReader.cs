using System.Text;

namespace AiRegOps.Core.Safety;

/// <summary>
/// Reads a keyword library as CSV with the header <c>keyword,risk</c> (RFC 4180 quoting on one line). Keywords are
/// counted once per risk; the byte and line limits fail closed.
/// </summary>
public static class KeywordReader
{
    public static KeywordTally Read(Stream stream, string file, RiskTaxonomy taxonomy, SafetyLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(taxonomy);
        limits ??= SafetyLimits.Default;
        var errors = new ErrorSink(file, limits.MaxErrors);
        var tally = new KeywordTally(taxonomy.Count);
        var all = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new HashSet<(string, int)>();
        var fields = new List<string>(2);
        var header = true;
        using var scanner = new JsonLinesScanner(stream, limits, errors, cancellationToken);
        while (scanner.TryRead(out var bytes))
        {
            var n = scanner.LineNumber;
            var line = Encoding.UTF8.GetString(bytes);
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (!Split(line, fields, out var problem))
            {
                errors.Add(n, null, null, problem!);
                continue;
            }

            if (header)
            {
                header = false;
                if (fields.Count == 2 && fields[0].Trim().Equals("keyword", StringComparison.OrdinalIgnoreCase) && fields[1].Trim().Equals("risk", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                throw errors.Fatal(n, "expected the header line 'keyword,risk'");
            }

            if (fields.Count != 2)
            {
                errors.Add(n, null, null, $"expected 2 columns (keyword,risk), found {fields.Count}");
                continue;
            }

            var keyword = fields[0].Trim();
            var riskId = fields[1].Trim();
            var risk = taxonomy.IndexOf(riskId);
            if (keyword.Length == 0)
            {
                errors.Add(n, 1, "keyword", "must not be empty");
            }
            else if (Encoding.UTF8.GetByteCount(keyword) > limits.MaxValueBytes)
            {
                errors.Add(n, 1, "keyword", $"longer than {limits.MaxValueBytes} bytes");
            }
            else if (risk < 0)
            {
                errors.Add(n, null, "risk", taxonomy.Explain(riskId));
            }
            else if (!pairs.Add((keyword, risk)))
            {
                tally.RepeatedRows++;
            }
            else
            {
                tally.AddToRisk(risk);
                all.Add(keyword);
            }
        }

        if (header)
        {
            errors.Add(1, null, null, "the file is empty; expected the header line 'keyword,risk' and one keyword a line");
        }

        errors.ThrowIfAny();
        tally.Distinct = all.Count;
        return tally;
    }

    /// <summary>Splits one CSV line: fields may be quoted, with "" for a quote inside.</summary>
    internal static bool Split(string line, List<string> fields, out string? problem)
    {
        fields.Clear();
        problem = null;
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        problem = "a quoted field is not closed (a keyword cannot span lines)";
                        return false;
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(line[i++]);
                }

                if (i < line.Length && line[i] != ',')
                {
                    problem = $"unexpected text after a quoted field at column {i + 1}";
                    return false;
                }
            }
            else
            {
                var comma = line.IndexOf(',', i);
                var stop = comma < 0 ? line.Length : comma;
                field.Append(line, i, stop - i);
                i = stop;
            }

            fields.Add(field.ToString());
            if (i >= line.Length)
            {
                return true;
            }

            i++; // the comma
        }
    }
}
