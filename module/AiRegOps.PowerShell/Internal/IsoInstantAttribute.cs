using System.Globalization;
using System.Management.Automation;
using System.Text.RegularExpressions;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// The instant at the edge of a cmdlet (Send-DeploymentEvent -OccurredAt): text binds only as an ISO 8601 instant with
/// its offset, yyyy-MM-ddTHH:mm:ss, optional fractions, then Z or ±hh:mm, the same in every culture. PowerShell's own
/// conversion reads '06/01/2026 10:00' as 6 January under de-DE and 1 June under en-US, and text without an offset
/// leaves the time zone to the machine; both are refused with the form expected. DateTime and DateTimeOffset objects
/// pass (a DateTime that is not UTC is taken in the session's local time zone, as [DateTimeOffset] casts it).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed partial class IsoInstantAttribute(string parameterName) : ArgumentTransformationAttribute
{
    public const string Expected = "an ISO 8601 instant with its offset, yyyy-MM-ddTHH:mm:ss[.fff](Z|+hh:mm|-hh:mm), such as 2026-06-01T10:00:00+08:00";

    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    public string ParameterName { get; } = parameterName;

    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
        return value switch
        {
            null => null,
            DateTimeOffset => value,
            DateTime time => new DateTimeOffset(time),
            string text => Parse(text),
            _ => Parse(value.ToString()),
        };
    }

    private DateTimeOffset Parse(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (Instant().IsMatch(trimmed)
            && DateTimeOffset.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant;
        }

        var why = trimmed.Length == 0 ? "nothing"
            : NoOffset().IsMatch(trimmed) ? $"'{text}', which has no offset (the time zone would be the machine's)"
            : $"'{text}'";
        throw new ArgumentTransformationMetadataException($"{ParameterName}: expected {Expected}, got {why}.");
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Instant();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex NoOffset();
}
