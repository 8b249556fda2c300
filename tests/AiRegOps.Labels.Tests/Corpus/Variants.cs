using AiRegOps.Labels.Checking;

namespace AiRegOps.Labels.Tests.Corpus;

/// <summary>The label variants of the corpus and the verdict each must get, on every carrier.</summary>
internal static class Variants
{
    public const string Valid = """{"Label":"1","ContentProducer":"001191440300708461136T1XGW3","ProduceID":"20251201-0001","ReservedCode1":"","ContentPropagator":"","PropagateID":"","ReservedCode2":""}""";
    public const string Conflicting = """{"Label":"1","ContentProducer":"001191440300708461136T1XGW3","ProduceID":"20251201-0002","ReservedCode1":"","ContentPropagator":"","PropagateID":"","ReservedCode2":""}""";
    public const string WrongLabel = """{"Label":"4","ContentProducer":"001191440300708461136T1XGW3","ProduceID":"20251201-0001","ReservedCode1":"","ContentPropagator":"","PropagateID":"","ReservedCode2":""}""";
    public const string BadCharacters = """{"Label":"1","ContentProducer":"示例智能科技有限公司","ProduceID":"id with spaces","ReservedCode1":"","ContentPropagator":"","PropagateID":"","ReservedCode2":""}""";

    public static readonly (string Name, Func<CorpusCarrier, byte[]> Build, LabelVerdict Expected)[] All =
    [
        ("valid", c => c.Build([Valid], true), LabelVerdict.Compliant),
        ("wrong-label-value", c => c.Build([WrongLabel], true), LabelVerdict.Noncompliant),
        ("bad-characters", c => c.Build([BadCharacters], true), LabelVerdict.Noncompliant),
        ("missing", c => c.Build([], false), LabelVerdict.NotFound),
        ("duplicate-conflicting", c => c.Build([Valid, Conflicting], true), LabelVerdict.Noncompliant),
        ("duplicate-identical", c => c.Build([Valid, Valid], true), LabelVerdict.Noncompliant),
        ("truncated", c => Truncate(c.Build([Valid], true)), LabelVerdict.Inconclusive),
        ("stripped", c => c.Build([], true), LabelVerdict.NotFound),
    ];

    /// <summary>Cuts the file inside the label (or, where the label is compressed, in the middle).</summary>
    public static byte[] Truncate(byte[] file)
    {
        var at = file.AsSpan().IndexOf("ContentProducer"u8);
        var cut = at > 0 ? at + 5 : file.Length / 2;
        return file[..cut];
    }
}
