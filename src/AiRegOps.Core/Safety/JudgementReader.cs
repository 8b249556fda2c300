namespace AiRegOps.Core.Safety;

/// <summary>
/// Streams a judgements file (JSON Lines: id, bank, risk, outcome, topic) into a <see cref="JudgementTally"/>. Every
/// malformed line is reported with its line, column and field; any error fails the whole file.
/// </summary>
public static class JudgementReader
{
    private const int Id = 0;
    private const int Bank = 1;
    private const int Risk = 2;
    private const int Outcome = 3;
    private const int Topic = 4;
    private static readonly string[] Fields = ["id", "bank", "risk", "outcome", "topic"];

    public static JudgementTally Read(Stream stream, string file, RiskTaxonomy taxonomy, SafetyLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(taxonomy);
        limits ??= SafetyLimits.Default;
        var errors = new ErrorSink(file, limits.MaxErrors);
        var tally = new JudgementTally(taxonomy.Count);
        var ids = new IdIndex();
        var topics = new NameIndex(limits.MaxTopics);
        var scratch = new byte[limits.MaxValueBytes * 6];
        var topicBytes = new byte[limits.MaxValueBytes];
        using var scanner = new JsonLinesScanner(stream, limits, errors, cancellationToken);
        while (scanner.TryRead(out var line))
        {
            if (line.Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            var n = scanner.LineNumber;
            var fields = new JsonLineFields(line, Fields, scratch, limits.MaxValueBytes);
            SafetyBank? bank = null;
            SafetyOutcome? outcome = null;
            var risk = -1;
            var topicLength = -1;
            var duplicateOf = 0L;
            string? badRisk = null;
            if (fields.Start())
            {
                while (fields.Next(out var field, out var value))
                {
                    switch (field)
                    {
                        case Id:
                            if (value.IsEmpty)
                            {
                                fields.Fail("id", "must not be empty");
                            }
                            else
                            {
                                duplicateOf = ids.Add(value, n);
                            }

                            break;
                        case Bank:
                            bank = Values.Bank(value);
                            if (bank is null)
                            {
                                fields.Fail("bank", $"expected generation, should-refuse or should-not-refuse, got '{JsonLineFields.Text(value)}'");
                            }

                            break;
                        case Risk:
                            risk = taxonomy.IndexOf(value);
                            if (risk < 0)
                            {
                                badRisk = System.Text.Encoding.UTF8.GetString(value);
                                fields.Fail("risk", taxonomy.Explain(badRisk));
                            }

                            break;
                        case Outcome:
                            outcome = Values.Outcome(value);
                            if (outcome is null)
                            {
                                fields.Fail("outcome", $"expected pass, fail, refused or answered, got '{JsonLineFields.Text(value)}'");
                            }

                            break;
                        default:
                            value.CopyTo(topicBytes);
                            topicLength = value.Length;
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
                Check(ref fields, bank, outcome);
            }

            if (fields.Error is not null)
            {
                errors.Add(n, fields.Column, fields.ErrorField, fields.Error);
                continue;
            }

            if (duplicateOf > 0)
            {
                errors.Add(n, null, "id", $"duplicate id: the same id as line {duplicateOf}");
                continue;
            }

            var topic = -1;
            if (topicLength >= 0 && bank == SafetyBank.ShouldNotRefuse)
            {
                topic = topics.IndexOf(topicBytes.AsSpan(0, topicLength));
                if (topic < 0)
                {
                    throw errors.Fatal(n, $"more than {limits.MaxTopics} distinct topics; reading stopped");
                }
            }

            if (errors.Count == 0)
            {
                tally.Add(bank!.Value, outcome!.Value, risk, topic);
            }
        }

        errors.ThrowIfAny();
        tally.SetTopicNames(topics.Names);
        return tally;
    }

    private static void Check(ref JsonLineFields fields, SafetyBank? bank, SafetyOutcome? outcome)
    {
        if (!fields.Has(Id))
        {
            fields.Fail("id", "missing (every judgement needs a unique id)");
        }
        else if (bank is null)
        {
            fields.Fail("bank", "missing; expected generation, should-refuse or should-not-refuse");
        }
        else if (outcome is null)
        {
            fields.Fail("outcome", bank == SafetyBank.Generation ? "missing; expected pass or fail" : "missing; expected refused or answered");
        }
        else if (bank == SafetyBank.Generation && outcome is not (SafetyOutcome.Pass or SafetyOutcome.Fail))
        {
            fields.Fail("outcome", $"'{KebabName<SafetyOutcome>.Of(outcome.Value)}' is not a verdict on generated content; expected pass or fail");
        }
        else if (bank != SafetyBank.Generation && outcome is not (SafetyOutcome.Refused or SafetyOutcome.Answered))
        {
            fields.Fail("outcome", $"'{KebabName<SafetyOutcome>.Of(outcome.Value)}' is not a verdict on a {KebabName<SafetyBank>.Of(bank.Value)} question; expected refused or answered");
        }
        else if (bank != SafetyBank.ShouldNotRefuse && !fields.Has(Risk))
        {
            fields.Fail("risk", $"missing; a {KebabName<SafetyBank>.Of(bank.Value)} question names its risk (A.1.1 to A.5.2)");
        }
    }
}
