using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Profiles.Loading;

namespace AiRegOps.Core.Watch;

/// <summary>
/// Reads and validates a deployment event (airegops/deployment/v1, published as schemas/deployment-event.schema.json).
/// Every problem is reported, each with its JSON path, line and column and what was expected.
/// </summary>
public static partial class DeploymentEventReader
{
    /// <summary>The largest inline evidence file, decoded. Larger files go to Blob Storage and are referenced.</summary>
    public const int MaxInlineBytes = 64 * 1024;

    /// <summary>The longest string any field may hold unless it says otherwise.</summary>
    public const int DefaultMaxLength = 1000;

    /// <summary>The deployments this app accepts happened in this window (a year 0001 or 9999 is a forged or broken date).</summary>
    public static readonly DateTimeOffset EarliestOccurredAt = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <inheritdoc cref="EarliestOccurredAt"/>
    public static readonly DateTimeOffset LatestOccurredAt = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] TopLevel = ["$schema", "apiVersion", "kind", "id", "service", "version", "environment", "occurredAt", "deployedBy", "changes", "evidence"];
    private static readonly string[] ChangeFields = ["type", "feature", "subject", "note"];
    private static readonly string[] EvidenceFields = ["obligation", "period", "name", "mediaType", "note", "blob", "inline"];

    /// <exception cref="DeploymentEventException">The text is not a valid deployment event.</exception>
    public static DeploymentEvent Read(string json, ObligationCatalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json), catalogue);
    }

    /// <exception cref="DeploymentEventException">The bytes are not a valid deployment event.</exception>
    public static DeploymentEvent Read(ReadOnlySpan<byte> utf8, ObligationCatalogue? catalogue = null)
    {
        catalogue ??= ObligationCatalogue.Default;
        var root = PositionedJson.Parse(utf8);
        var errors = new List<DeploymentEventError>();
        if (root.Kind != JsonNodeKind.Object)
        {
            throw new DeploymentEventException([Error(root, $"expected a JSON object, found {root.Describe()}")]);
        }

        Unknown(root, TopLevel, errors);
        var apiVersion = String(root, "apiVersion", errors, required: true);
        if (apiVersion is not null && apiVersion != DeploymentEvent.ApiVersion)
        {
            errors.Add(Error(Get(root, "apiVersion")!, $"expected \"{DeploymentEvent.ApiVersion}\", found \"{apiVersion}\""));
        }

        var kind = String(root, "kind", errors, required: false);
        if (kind is not null && kind != DeploymentEvent.Kind)
        {
            errors.Add(Error(Get(root, "kind")!, $"expected \"{DeploymentEvent.Kind}\", found \"{kind}\""));
        }

        var id = String(root, "id", errors, required: true, pattern: IdRegex(), patternText: "1-128 letters, digits, '.', '_', ':' or '-'");
        var service = String(root, "service", errors, required: true, pattern: ServiceRegex(), patternText: "a service name (lower-case letters, digits and dashes, at most 63)");
        var version = String(root, "version", errors, required: true, maxLength: 128);
        var environment = String(root, "environment", errors, required: true, pattern: EnvironmentRegex(), patternText: "1-64 lower-case letters, digits and dashes, e.g. production");
        var deployedBy = String(root, "deployedBy", errors, required: false, maxLength: 200);
        var occurredAt = Timestamp(root, errors);
        var changes = Changes(root, errors);
        var evidence = EvidenceList(root, catalogue, errors);
        if (errors.Count > 0)
        {
            throw new DeploymentEventException(errors);
        }

        return new DeploymentEvent
        {
            Id = id!,
            Service = service!,
            Version = version!,
            Environment = environment!,
            OccurredAt = occurredAt!.Value,
            DeployedBy = deployedBy,
            Changes = changes,
            Evidence = evidence,
        };
    }

    private static DateTimeOffset? Timestamp(PositionedJson root, List<DeploymentEventError> errors)
    {
        var text = String(root, "occurredAt", errors, required: true);
        if (text is null)
        {
            return null;
        }

        // The offset is required: a time without one means different days in China and in the pipeline's zone.
        if (!TimestampRegex().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value))
        {
            errors.Add(Error(Get(root, "occurredAt")!, $"expected an ISO 8601 date and time with an offset, e.g. 2026-03-02T10:15:00+08:00, found \"{TextSafety.ForMessage(text, 60)}\""));
            return null;
        }

        if (value < EarliestOccurredAt || value >= LatestOccurredAt)
        {
            errors.Add(Error(Get(root, "occurredAt")!, $"expected a date from {EarliestOccurredAt:yyyy-MM-dd} up to {LatestOccurredAt:yyyy-MM-dd} (UTC), found \"{TextSafety.ForMessage(text, 60)}\""));
            return null;
        }

        return value;
    }

    private static List<DeploymentChange> Changes(PositionedJson root, List<DeploymentEventError> errors)
    {
        var list = new List<DeploymentChange>();
        foreach (var item in Array(root, "changes", errors))
        {
            if (item.Kind != JsonNodeKind.Object)
            {
                errors.Add(Error(item, $"expected a change object with a type, found {item.Describe()}"));
                continue;
            }

            Unknown(item, ChangeFields, errors);
            var typeName = String(item, "type", errors, required: true);
            var feature = String(item, "feature", errors, required: false);
            var subject = String(item, "subject", errors, required: false, maxLength: 200);
            var note = String(item, "note", errors, required: false, maxLength: 1000);
            if (typeName is null)
            {
                continue;
            }

            if (!ProfileVocabulary.EventTypes.TryParse(typeName, out var type))
            {
                errors.Add(Error(Get(item, "type")!, $"expected one of {ProfileVocabulary.EventTypes.NameList}, found \"{typeName}\""));
                continue;
            }

            if (type == ServiceEventType.FunctionAdded && feature is null && Get(item, "feature") is null)
            {
                errors.Add(Error(item, "a function-added change needs 'feature': the feature id that was added"));
            }

            if (feature is not null && !FeatureVocabulary.TryGet(feature, out _))
            {
                errors.Add(Error(Get(item, "feature")!, $"expected a feature id of the profile vocabulary (e.g. comments, live-streaming), found \"{feature}\""));
            }

            list.Add(new DeploymentChange { Type = type, Feature = feature, Subject = subject, Note = note });
        }

        return list;
    }

    private static List<DeploymentEvidence> EvidenceList(PositionedJson root, ObligationCatalogue catalogue, List<DeploymentEventError> errors)
    {
        var list = new List<DeploymentEvidence>();
        foreach (var item in Array(root, "evidence", errors))
        {
            if (item.Kind != JsonNodeKind.Object)
            {
                errors.Add(Error(item, $"expected an evidence object, found {item.Describe()}"));
                continue;
            }

            var before = errors.Count;
            Unknown(item, EvidenceFields, errors);
            var obligation = String(item, "obligation", errors, required: true);
            if (obligation is not null && !catalogue.TryGetObligation(obligation, out _))
            {
                errors.Add(Error(Get(item, "obligation")!, $"expected an obligation id of the catalogue (e.g. arr-algorithm-filing), found \"{TextSafety.ForMessage(obligation, 60)}\""));
            }

            var period = String(item, "period", errors, required: false, maxLength: 100);
            var name = String(item, "name", errors, required: true, pattern: FileNameRegex(), patternText: "a file name without folders (1-200 characters, no '/', '\\' or control characters)");
            if (name is "." or "..")
            {
                errors.Add(Error(Get(item, "name")!, $"expected a file name, found \"{name}\""));
            }

            var mediaType = String(item, "mediaType", errors, required: false, pattern: MediaTypeRegex(), patternText: "a media type such as application/pdf");
            var note = String(item, "note", errors, required: false, maxLength: 1000);
            var blob = Get(item, "blob");
            var inline = Get(item, "inline");
            (string, string)? blobRef = null;
            ReadOnlyMemory<byte>? content = null;
            if ((blob is null) == (inline is null))
            {
                errors.Add(Error(item, "expected exactly one of 'blob' ({container, name}) or 'inline' ({contentBase64, mediaType?})"));
            }
            else if (blob is not null)
            {
                blobRef = Blob(blob, errors);
            }
            else
            {
                (content, var inlineType) = Inline(inline!, errors);
                mediaType ??= inlineType;
            }

            if (errors.Count == before)
            {
                list.Add(new DeploymentEvidence { ObligationId = obligation!, Period = period, Name = name!, MediaType = mediaType, Note = note, Blob = blobRef, Inline = content });
            }
        }

        return list;
    }

    private static (string, string)? Blob(PositionedJson blob, List<DeploymentEventError> errors)
    {
        if (blob.Kind != JsonNodeKind.Object)
        {
            errors.Add(Error(blob, $"expected an object {{container, name}}, found {blob.Describe()}"));
            return null;
        }

        Unknown(blob, ["container", "name"], errors);
        var container = String(blob, "container", errors, required: true, pattern: ContainerRegex(), patternText: "a blob container name (3-63 lower-case letters, digits and dashes)");
        var name = String(blob, "name", errors, required: true, maxLength: BlobReferenceRules.MaxNameLength);
        if (name is not null && BlobReferenceRules.NameProblem(name) is { } problem)
        {
            errors.Add(Error(Get(blob, "name")!, problem));
            name = null;
        }
        return container is null || name is null ? null : (container, name);
    }

    private static (ReadOnlyMemory<byte>?, string?) Inline(PositionedJson inline, List<DeploymentEventError> errors)
    {
        if (inline.Kind != JsonNodeKind.Object)
        {
            errors.Add(Error(inline, $"expected an object {{contentBase64, mediaType?}}, found {inline.Describe()}"));
            return (null, null);
        }

        Unknown(inline, ["contentBase64", "mediaType"], errors);
        var mediaType = String(inline, "mediaType", errors, required: false, pattern: MediaTypeRegex(), patternText: "a media type such as text/plain");
        var text = String(inline, "contentBase64", errors, required: true, maxLength: 2 * MaxInlineBytes);
        if (text is null)
        {
            return (null, mediaType);
        }

        var node = Get(inline, "contentBase64")!;
        var buffer = new byte[(text.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(text, buffer, out var written))
        {
            errors.Add(Error(node, "expected base64 content (RFC 4648, with padding)"));
            return (null, mediaType);
        }

        if (written > MaxInlineBytes)
        {
            errors.Add(Error(node, $"inline content is {written:N0} bytes; at most {MaxInlineBytes:N0} are allowed inline: upload larger files to Blob Storage and reference them with 'blob'"));
            return (null, mediaType);
        }

        return (buffer.AsMemory(0, written), mediaType);
    }

    private static IEnumerable<PositionedJson> Array(PositionedJson parent, string name, List<DeploymentEventError> errors)
    {
        var node = Get(parent, name);
        if (node is null || node.Kind == JsonNodeKind.Null)
        {
            return [];
        }

        if (node.Kind != JsonNodeKind.Array)
        {
            errors.Add(Error(node, $"expected an array, found {node.Describe()}"));
            return [];
        }

        return node.Items;
    }

    private static string? String(PositionedJson parent, string name, List<DeploymentEventError> errors, bool required, int maxLength = 0, Regex? pattern = null, string? patternText = null)
    {
        var node = Get(parent, name);
        if (node is null || node.Kind == JsonNodeKind.Null)
        {
            if (required)
            {
                var path = parent.Path == "$" ? $"$.{name}" : $"{parent.Path}.{name}";
                errors.Add(new DeploymentEventError(path, parent.Line, parent.Column, $"required property '{name}' is missing"));
            }

            return null;
        }

        if (node.Kind != JsonNodeKind.String)
        {
            errors.Add(Error(node, $"expected a string, found {node.Describe()}"));
            return null;
        }

        var text = node.Text!;
        if (text.Length == 0)
        {
            errors.Add(Error(node, "expected a non-empty string"));
            return null;
        }

        maxLength = maxLength > 0 ? maxLength : DefaultMaxLength;
        if (text.Length > maxLength)
        {
            errors.Add(Error(node, $"expected at most {maxLength} characters, found {text.Length}"));
            return null;
        }

        // Free text may span lines; nothing may carry other control or bidirectional characters into logs and names.
        if (TextSafety.FirstForbidden(text, allowLineBreaks: name == "note") is { } bad)
        {
            errors.Add(Error(node, $"expected text without control or bidirectional-override characters, found U+{(int)bad:X4}"));
            return null;
        }

        if (pattern is not null && !pattern.IsMatch(text))
        {
            errors.Add(Error(node, $"expected {patternText}, found {node.Describe()}"));
            return null;
        }

        return text;
    }

    private static void Unknown(PositionedJson obj, string[] allowed, List<DeploymentEventError> errors)
    {
        foreach (var (name, value) in obj.Properties)
        {
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                errors.Add(Error(value, $"unknown property '{name}'; expected one of {string.Join(", ", allowed)}"));
            }
        }
    }

    private static PositionedJson? Get(PositionedJson obj, string name) => obj.Properties.Find(p => p.Name == name).Value;

    private static DeploymentEventError Error(PositionedJson node, string message) => new(node.Path, node.Line, node.Column, message);

    [GeneratedRegex(@"^[A-Za-z0-9._:\-]{1,128}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdRegex();

    [GeneratedRegex(ProfilePatterns.ServiceName, RegexOptions.CultureInvariant)]
    private static partial Regex ServiceRegex();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex EnvironmentRegex();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex TimestampRegex();

    [GeneratedRegex(@"^[^/\\\x00-\x1f]{1,200}$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNameRegex();

    [GeneratedRegex(@"^[a-z0-9-]{3,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex ContainerRegex();

    [GeneratedRegex(@"^[a-z]+/[A-Za-z0-9.+\-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex MediaTypeRegex();
}
