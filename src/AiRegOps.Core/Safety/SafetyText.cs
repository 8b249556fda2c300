using System.Globalization;

namespace AiRegOps.Core.Safety;

/// <summary>Numbers and names in the words the results use ("2,000", "95%", "should-refuse questions").</summary>
internal static class SafetyText
{
    public static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Percent(decimal fraction) => (fraction * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    public static string Percent(double fraction) => (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Questions(SafetyBank bank) => bank switch
    {
        SafetyBank.Generation => "generated-content test questions",
        SafetyBank.ShouldRefuse => "should-refuse questions",
        _ => "should-not-refuse questions",
    };

    public static string Outcome(SafetyOutcome outcome) => KebabName<SafetyOutcome>.Of(outcome);

    public static string Opposite(SafetyOutcome outcome) => outcome switch
    {
        SafetyOutcome.Pass => "fail",
        SafetyOutcome.Fail => "pass",
        SafetyOutcome.Refused => "answered",
        _ => "refused",
    };
}
