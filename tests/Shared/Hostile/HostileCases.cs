using System.Text;
using AiRegOps.Core.Calendar;
using AiRegOps.Core.Evidence;
using AiRegOps.Core.Gate;
using AiRegOps.Core.Profiles.Loading;
using AiRegOps.Core.Safety;
using AiRegOps.Core.Watch;

namespace AiRegOps.Tests.Hostile;

/// <summary>
/// One hostile input against one untrusted entry point, and the precise error it must end in. Shared by the test suite
/// (which asserts the error) and <c>bench/hostile</c> (which measures the time and memory each case takes).
/// </summary>
/// <param name="EntryPoint">Which reader: profile, waiver, holiday, deployment, watcher, evidence-metadata.</param>
/// <param name="Name">What the case does (size, depth, alias, encoding, control characters, traversal).</param>
/// <param name="Run">Feeds the input to the entry point; must throw.</param>
/// <param name="Expected">The exception type it must throw.</param>
/// <param name="Fragment">Text the error message must contain.</param>
public sealed record HostileCase(string EntryPoint, string Name, Action Run, Type Expected, string Fragment)
{
    /// <summary>
    /// A case whose reader answers hostile input with a bounded verdict instead of an exception (a label check ends
    /// Inconclusive, never throws): the verdict and its reason become the message of a <see cref="HostileOutcome"/>,
    /// which the suite and the bench then treat like any expected error.
    /// </summary>
    public static HostileCase Outcome(string entryPoint, string name, Func<string> outcome, string fragment) =>
        new(entryPoint, name, () => throw new HostileOutcome(outcome()), typeof(HostileOutcome), fragment);

    /// <summary>Builds the input before it is fed (a large hostile file), so the bench times the reader, not the making.</summary>
    public Action? Prepare { get; init; }

    public override string ToString() => $"{EntryPoint}/{Name}";
}

/// <summary>The verdict a reader gave a hostile input, carried as the message (see <see cref="HostileCase.Outcome"/>).</summary>
public sealed class HostileOutcome(string message) : Exception(message);

/// <summary>
/// Every hostile case, by entry point. Extension point: a new untrusted entry point (the AIGC label inputs of issue 12,
/// the safety-evaluation inputs of issue 13) adds one provider method returning its cases and lists it in
/// <see cref="Providers"/>; the test suite and the bench pick it up without further changes.
/// </summary>
public static class HostileCases
{
    public static readonly IReadOnlyList<Func<IEnumerable<HostileCase>>> Providers =
    [
        Profiles, Waivers, Holidays, DeploymentEvents, WatcherMessages, EvidenceMetadata, SafetyInputs,
    ];

    public static IEnumerable<HostileCase> All() => Providers.SelectMany(p => p());

    public static HostileCase Find(string id) => All().Single(c => c.ToString() == id);

    private const string ProfileHead = "apiVersion: airegops/v1\nkind: Service\nmetadata:\n  name: bomb\nspec:\n  provider:\n    name: X\n    roles: [service-provider]\n";

    /// <summary>Nine levels of nine aliases each: 387 million values once expanded, in under 1 KB.</summary>
    public static string AliasBomb(string head, string key, int levels = 9, int fanout = 9, string indent = "")
    {
        var text = new StringBuilder(head).Append(indent).Append("x0: &x0 \"lol\"\n");
        for (var i = 1; i <= levels; i++)
        {
            text.Append(indent).Append("x").Append(i).Append(": &x").Append(i).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat($"*x{i - 1}", fanout))).Append("]\n");
        }

        return text.Append(key).Append(": *x").Append(levels).Append('\n').ToString();
    }

    /// <summary>One long value referenced by thousands of aliases, each an error that would quote it in full.</summary>
    public static string AliasErrorFlood(int aliases = 20_000, int valueLength = 5_000) =>
        ProfileHead + $"  features: [&v \"{new string('v', valueLength)}\", " + string.Join(", ", Enumerable.Repeat("*v", aliases)) + "]\n";

    public static string NestedFlow(int depth) => new string('[', depth) + new string(']', depth);

    public static string NestedBlock(int depth)
    {
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            text.Append(' ', i).Append("a:\n");
        }

        return text.Append(' ', depth).Append("b\n").ToString();
    }

    private static IEnumerable<HostileCase> Profiles()
    {
        yield return Profile("alias-bomb", () => AliasBomb(ProfileHead, "  features", indent: "  "), "aliases expand this document to more than 100,000 values");
        yield return Profile("alias-error-flood", () => AliasErrorFlood(), "more errors not shown");
        yield return Profile("nested-flow-400KB", () => NestedFlow(200_000), "nesting deeper than 64 levels");
        yield return Profile("nested-block-2000", () => NestedBlock(2_000), "nesting deeper than 64 levels");
        yield return Profile("long-value-1MB", () => ProfileHead.Replace("name: bomb", "name: " + new string('k', 1_000_000), StringComparison.Ordinal), "characters)");
        yield return Profile("long-key-2KB", () => ProfileHead + new string('k', 2_000) + ": 1\n", "did not find expected key");
        yield return Profile("control-escape-in-name", () => ProfileHead.Replace("name: bomb", "name: \"bomb\\e[31m\"", StringComparison.Ordinal), "\\u001b");
        yield return Profile("newline-ci-command", () => ProfileHead.Replace("name: bomb", "name: \"bomb\\n::error::forged\"", StringComparison.Ordinal), "\\n::error::forged");
        yield return Profile("tag-str-true", () => ProfileHead + "  publicInPrc: !!str true\n", "expected true or false");
        yield return Profile("tag-binary", () => ProfileHead + "  publicInPrc: !!binary dHJ1ZQ==\n", "the YAML tag '!!binary' is not supported");
        yield return Profile("tag-local", () => ProfileHead + "  publicInPrc: !evil true\n", "the YAML tag '!evil' is not supported");
        yield return new HostileCase("profile", "oversize-65MiB-file", () => WithFile(ServiceProfileReader.MaxFileLength + 1L, [], path => ServiceProfileReader.ReadFile(path)), typeof(ProfileValidationException), "a profile file may have at most 67,108,864");
        yield return new HostileCase("profile", "invalid-utf8-file", () => WithFile(0, [0x61, 0x3A, 0x20, 0xC3, 0x28, 0x0A], path => ServiceProfileReader.ReadFile(path)), typeof(ProfileValidationException), "the file is not UTF-8 text");
    }

    private static IEnumerable<HostileCase> Waivers()
    {
        yield return Waiver("alias-bomb", AliasBomb("waivers:\n", "extra"), "aliases expand the file to more than 100,000 values");
        yield return Waiver("nested-flow-400KB", "waivers: " + NestedFlow(200_000), "nesting deeper than 64 levels");
        yield return Waiver("oversize-2MB", "waivers: []\n#" + new string('x', 2_000_000), "at most 1,048,576 are read");
        yield return Waiver("control-in-date", "waivers:\n  - service: a\n    obligation: b\n    reason: c\n    expires: \"2026\\e[2J\\n::error::x\"\n", "\\u001b[2J\\n::error::x");
        yield return Waiver("long-value-100KB", "waivers:\n  - service: a\n    obligation: b\n    reason: c\n    expires: " + new string('9', 100_000) + "\n", "… (100,000 characters)");
    }

    private static IEnumerable<HostileCase> Holidays()
    {
        yield return Holiday("oversize-5MB", new byte[5 * 1024 * 1024], "larger than 4,194,304 bytes");
        yield return Holiday("nested-arrays", Encoding.UTF8.GetBytes(NestedFlow(100_000)), "expected a holiday");
        yield return Holiday("invalid-utf8", [0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D], "not valid UTF-8");
    }

    private static IEnumerable<HostileCase> DeploymentEvents()
    {
        yield return Deployment("blob-traversal", Event(blob: "../azure-webjobs-secrets/host.json"), "'.' or '..' segment");
        yield return Deployment("blob-backslash", Event(blob: "svc\\\\..\\\\x"), "backslash");
        yield return Deployment("blob-absolute-url", Event(blob: "https://evil.example/x"), "absolute");
        yield return Deployment("blob-percent", Event(blob: "svc/%2e%2e/x"), "percent-escapes");
        yield return Deployment("blob-control", Event(blob: "svc/\\u0007x"), "U+0007");
        yield return Deployment("file-name-dotdot", Event(file: ".."), "expected a file name, found \"..\"");
        yield return Deployment("file-name-bidi", Event(file: "report\u202Efdp.exe"), "U+202E");
        yield return Deployment("year-0001", Event(occurredAt: "0001-01-01T00:00:00+00:00"), "expected a date from 2000-01-01 up to 2100-01-01");
        yield return Deployment("year-9999", Event(occurredAt: "9999-12-31T00:00:00+00:00"), "expected a date from 2000-01-01 up to 2100-01-01");
        yield return Deployment("control-in-deployed-by", Event(deployedBy: "ci\\n::error::forged"), "U+000A");
        yield return Deployment("nested-json", NestedFlow(100_000), "depth");
        yield return Deployment("huge-string-1MB", Event(deployedBy: new string('d', 1_000_000)), "expected at most 200 characters, found 1000000");
    }

    private static IEnumerable<HostileCase> WatcherMessages()
    {
        yield return Watcher("nested-json", NestedFlow(100_000), "malformed");
        yield return Watcher("control-in-type", "{\"schemaVersion\":1,\"repository\":\"o/r\",\"path\":\"a.yml\",\"events\":[{\"type\":\"x\\n::error::forged\",\"id\":\"1\",\"service\":\"s\",\"source\":\"s\",\"date\":\"2025-01-01\"}]}", "x\\n::error::forged");
        yield return Watcher("wrong-types", "{\"schemaVersion\":\"1\"}", "malformed");
    }

    private static IEnumerable<HostileCase> EvidenceMetadata()
    {
        yield return Metadata("control-in-obligation", m => m with { ObligationId = "filing\nFY2025" }, "U+000A");
        yield return Metadata("bidi-in-file-name", m => m with { FileName = "report\u202Efdp.exe" }, "U+202E");
        yield return Metadata("long-added-by", m => m with { AddedBy = new string('a', 100_000) }, "more than the 256 allowed");
        yield return Metadata("long-note", m => m with { Note = new string('n', 100_000) }, "more than the 4,000 allowed");
        yield return Metadata("escape-in-note", m => m with { Note = "ok\u001b]8;;evil" }, "U+001B");
        yield return Metadata("traversal-service", m => m with { Service = "../../etc" }, "is not a service name");
    }

    // Measure-GenAiSafety's JSON Lines inputs: judgements, and the keyword and corpus files read the same way.
    private static IEnumerable<HostileCase> SafetyInputs()
    {
        const string Line = "{\"id\":\"q1\",\"bank\":\"generation\",\"risk\":\"A.1.1\",\"outcome\":\"pass\"}\n";
        yield return Judgements("huge-line-256MB", () => new RepeatingStream("{\"id\":\""u8.ToArray(), "a"u8.ToArray(), 256L << 20), "line is longer than 16384 bytes");
        yield return Judgements("deep-nesting", () => Text("{\"id\":" + new string('[', 8_000) + new string(']', 8_000) + ",\"bank\":\"generation\",\"risk\":\"A.1.1\",\"outcome\":\"pass\"}\n"), "judgements.jsonl:1:");
        yield return Judgements("invalid-utf8", () => new MemoryStream([.. "{\"id\":\"q"u8, 0xC3, 0x28, .. "\",\"bank\":\"generation\",\"risk\":\"A.1.1\",\"outcome\":\"pass\"}\n"u8]), "UTF-8");
        yield return Judgements("nul-bytes", () => Text("{\"id\":\"q\u0000\",\"bank\":\"generation\",\"risk\":\"A.1.1\",\"outcome\":\"pass\"}\n" + "\0\0\0\n"), "judgements.jsonl:1:");
        yield return Judgements("duplicate-ids-3M", () => new RepeatingStream([], Encoding.UTF8.GetBytes(Line), 3_000_000L * Line.Length), "duplicate id: the same id as line 1");
        yield return Judgements("control-in-value", () => Text("{\"id\":\"q1\",\"bank\":\"gen\\n::error::forged\\u001b[2J\",\"risk\":\"A.1.1\",\"outcome\":\"pass\"}\n"), "expected generation, should-refuse or should-not-refuse");
        yield return new HostileCase("safety", "keywords-huge-line", () => KeywordReader.Read(new RepeatingStream([], "k"u8.ToArray(), 64L << 20), "keywords.jsonl", Taxonomy.Value), typeof(SafetyInputException), "line is longer than 16384 bytes");
        yield return new HostileCase("safety", "corpus-deep-nesting", () => CorpusSampleReader.Read(Text("{\"id\":" + new string('{', 5_000) + "}\n"), "corpus.jsonl"), typeof(SafetyInputException), "corpus.jsonl:1:");
    }

    private static readonly Lazy<RiskTaxonomy> Taxonomy = new(() => ThresholdSets.Default.Select("tc260-003-2024", new DateOnly(2026, 1, 1)).Taxonomy);

    private static HostileCase Judgements(string name, Func<Stream> input, string fragment) =>
        new("safety", name, () => JudgementReader.Read(input(), "judgements.jsonl", Taxonomy.Value), typeof(SafetyInputException), fragment);

    private static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));

    private static HostileCase Profile(string name, Func<string> yaml, string fragment) =>
        new("profile", name, () => ServiceProfileReader.ReadYaml(yaml(), "hostile.yml"), typeof(ProfileValidationException), fragment);

    private static HostileCase Waiver(string name, string yaml, string fragment) =>
        new("waiver", name, () => WaiverFile.Parse(yaml, "waivers.yml"), typeof(WaiverFileException), fragment);

    private static HostileCase Holiday(string name, byte[] json, string fragment) =>
        new("holiday", name, () => HolidayNoticeReader.Read(new MemoryStream(json), "holidays.json"), typeof(HolidayDataException), fragment);

    private static HostileCase Deployment(string name, string json, string fragment) =>
        new("deployment", name, () => DeploymentEventReader.Read(json), typeof(DeploymentEventException), fragment);

    private static HostileCase Watcher(string name, string json, string fragment) =>
        new("watcher", name, () => WatcherEventJson.Read(json), typeof(WatcherMessageException), fragment);

    private static HostileCase Metadata(string name, Func<EvidenceMetadata, EvidenceMetadata> change, string fragment) =>
        new("evidence-metadata", name, () => EvidenceMetadataRules.Validate(change(new EvidenceMetadata { Service = "chat-svc", ObligationId = "filing", Period = "FY2025", AddedBy = "ci" })), typeof(ArgumentException), fragment);

    private static string Event(string blob = "svc/1.0/report.pdf", string file = "report.pdf", string occurredAt = "2026-03-02T10:15:00+08:00", string deployedBy = "ci") => $$"""
        {
          "apiVersion": "airegops/deployment/v1",
          "id": "rel-1",
          "service": "chat",
          "version": "1.0",
          "environment": "production",
          "occurredAt": "{{occurredAt}}",
          "deployedBy": "{{deployedBy}}",
          "evidence": [ { "obligation": "sa-security-assessment", "name": "{{file}}", "blob": { "container": "release-evidence", "name": "{{blob}}" } } ]
        }
        """;

    // A sparse file of the given length (or the given bytes), removed afterwards.
    private static void WithFile(long length, byte[] bytes, Action<string> read)
    {
        var path = Path.Combine(Path.GetTempPath(), $"hostile-{Guid.NewGuid():N}.yml");
        try
        {
            using (var file = File.Create(path))
            {
                file.Write(bytes);
                if (length > bytes.Length)
                {
                    file.SetLength(length);
                }
            }

            read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
