namespace AiRegOps.Core.Safety;

/// <summary>Streams a corpus sample file (JSON Lines: id, method, source, outcome) into a <see cref="CorpusTally"/>.</summary>
public static class CorpusSampleReader
{
    private const int Id = 0;
    private const int Method = 1;
    private const int Source = 2;
    private static readonly string[] Fields = ["id", "method", "source", "outcome"];

    public static CorpusTally Read(Stream stream, string file, SafetyLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        limits ??= SafetyLimits.Default;
        var errors = new ErrorSink(file, limits.MaxErrors);
        var tally = new CorpusTally();
        var ids = new IdIndex();
        var sources = new NameIndex(limits.MaxSources);
        var scratch = new byte[limits.MaxValueBytes * 6];
        using var scanner = new JsonLinesScanner(stream, limits, errors, cancellationToken);
        while (scanner.TryRead(out var line))
        {
            if (line.Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            var n = scanner.LineNumber;
            var fields = new JsonLineFields(line, Fields, scratch, limits.MaxValueBytes);
            CorpusMethod? method = null;
            bool? pass = null;
            var source = -1;
            var duplicateOf = 0L;
            if (fields.Start())
            {
                while (fields.Next(out var field, out var value))
                {
                    switch (field)
                    {
                        case Id:
                            duplicateOf = value.IsEmpty ? 0 : ids.Add(value, n);
                            _ = value.IsEmpty && fields.Fail("id", "must not be empty");
                            break;
                        case Method:
                            method = Values.Method(value);
                            _ = method is null && fields.Fail("method", $"expected manual or technical, got '{JsonLineFields.Text(value)}'");
                            break;
                        case Source:
                            source = value.IsEmpty ? -1 : sources.IndexOf(value);
                            _ = value.IsEmpty && fields.Fail("source", "must not be empty");
                            if (source < 0 && !value.IsEmpty)
                            {
                                throw errors.Fatal(n, $"more than {limits.MaxSources} distinct sources; reading stopped");
                            }

                            break;
                        default:
                            pass = value.SequenceEqual("pass"u8) ? true : value.SequenceEqual("fail"u8) ? false : null;
                            _ = pass is null && fields.Fail("outcome", $"expected pass or fail, got '{JsonLineFields.Text(value)}'");
                            break;
                    }

                    if (fields.Error is not null)
                    {
                        break;
                    }
                }
            }

            if (fields.Error is null)
            {
                _ = !fields.Has(Id) ? fields.Fail("id", "missing (every item needs a unique id)")
                    : method is null ? fields.Fail("method", "missing; expected manual or technical")
                    : !fields.Has(Source) ? fields.Fail("source", "missing; the blacklist rule is judged per source")
                    : pass is null && fields.Fail("outcome", "missing; expected pass or fail");
            }

            if (fields.Error is not null)
            {
                errors.Add(n, fields.Column, fields.ErrorField, fields.Error);
            }
            else if (duplicateOf > 0)
            {
                errors.Add(n, null, "id", $"duplicate id: the same id as line {duplicateOf}");
            }
            else if (errors.Count == 0)
            {
                tally.Add(method!.Value, pass!.Value, source);
            }
        }

        errors.ThrowIfAny();
        tally.SetSources(sources.Names);
        return tally;
    }
}
