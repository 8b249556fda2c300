namespace AiRegOps.Core.Safety;

/// <summary>The enum values of the input files, matched on UTF-8 bytes.</summary>
internal static class Values
{
    public static SafetyBank? Bank(ReadOnlySpan<byte> v) =>
        v.SequenceEqual("generation"u8) ? SafetyBank.Generation
        : v.SequenceEqual("should-refuse"u8) ? SafetyBank.ShouldRefuse
        : v.SequenceEqual("should-not-refuse"u8) ? SafetyBank.ShouldNotRefuse
        : null;

    public static SafetyOutcome? Outcome(ReadOnlySpan<byte> v) =>
        v.SequenceEqual("pass"u8) ? SafetyOutcome.Pass
        : v.SequenceEqual("fail"u8) ? SafetyOutcome.Fail
        : v.SequenceEqual("refused"u8) ? SafetyOutcome.Refused
        : v.SequenceEqual("answered"u8) ? SafetyOutcome.Answered
        : null;

    public static CorpusMethod? Method(ReadOnlySpan<byte> v) =>
        v.SequenceEqual("manual"u8) ? CorpusMethod.Manual
        : v.SequenceEqual("technical"u8) ? CorpusMethod.Technical
        : null;
}
