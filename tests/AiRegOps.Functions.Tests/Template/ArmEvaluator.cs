using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace AiRegOps.Functions.Tests.Template;

/// <summary>
/// Evaluates the ARM template expressions a compiled Bicep file uses (<c>[concat(...)]</c>, <c>parameters('x')</c>,
/// <c>reference(...).primaryEndpoints.blob</c> ...) the way Azure Resource Manager would for one deployment, with the
/// values only Azure knows at deployment time (a resource's endpoints, the environment) supplied by the test. An
/// expression with a function this evaluator does not know fails the test: it never guesses.
/// </summary>
internal sealed class ArmEvaluator
{
    private readonly JsonObject template;
    private readonly IReadOnlyDictionary<string, JsonNode?> parameters;
    private readonly ArmCloud cloud;
    private readonly Dictionary<string, JsonNode?> variables = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> variableLoops = new(StringComparer.OrdinalIgnoreCase);

    public ArmEvaluator(JsonObject template, IReadOnlyDictionary<string, JsonNode?> parameters, ArmCloud cloud)
    {
        this.template = template;
        this.parameters = parameters;
        this.cloud = cloud;
    }

    /// <summary>The iteration of the copy loop being evaluated (copyIndex()).</summary>
    public int? CopyIndex { get; set; }

    /// <summary>Evaluates every expression inside <paramref name="node"/> (strings starting with '[').</summary>
    public JsonNode? Evaluate(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Evaluate(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Evaluate)]),
        JsonValue value when value.TryGetValue<string>(out var text) => EvaluateString(text),
        _ => node?.DeepClone(),
    };

    private JsonNode? EvaluateString(string text)
    {
        if (text.StartsWith("[[", StringComparison.Ordinal))
        {
            return JsonValue.Create(text[1..]);
        }

        if (!text.StartsWith('[') || !text.EndsWith(']'))
        {
            return JsonValue.Create(text);
        }

        var parser = new Parser(text[1..^1], this);
        var result = parser.ParseExpression();
        parser.ExpectEnd();
        return result;
    }

    private JsonNode? Parameter(string name)
    {
        if (parameters.TryGetValue(name, out var given))
        {
            return given?.DeepClone();
        }

        var declared = template["parameters"]?[name] ?? throw new InvalidOperationException($"The template declares no parameter '{name}'.");
        return declared["defaultValue"] is { } fallback
            ? Evaluate(fallback)
            : throw new InvalidOperationException($"Parameter '{name}' has no default and the test gave no value.");
    }

    private JsonNode? Variable(string name)
    {
        if (!variables.TryGetValue(name, out var value) && template["variables"]?["copy"] is JsonArray loops
            && loops.OfType<JsonObject>().FirstOrDefault(l => string.Equals((string?)l["name"], name, StringComparison.OrdinalIgnoreCase)) is { } loop)
        {
            // A Bicep for-expression in a variable: "copy": [{ name, count, input }], with copyIndex('name') inside.
            var items = new JsonArray();
            var count = (int)Number(Evaluate(loop["count"]));
            for (var i = 0; i < count; i++)
            {
                variableLoops[name] = i;
                items.Add(Evaluate(loop["input"]));
            }

            variableLoops.Remove(name);
            value = items;
            variables[name] = value;
        }
        else if (value is null && !variables.ContainsKey(name))
        {
            var declared = template["variables"]?[name] ?? throw new InvalidOperationException($"The template declares no variable '{name}'.");
            value = Evaluate(declared);
            variables[name] = value;
        }

        return value?.DeepClone();
    }

    private JsonNode? Call(string name, List<JsonNode?> args) => name.ToLowerInvariant() switch
    {
        "parameters" => Parameter(Text(args[0])),
        "variables" => Variable(Text(args[0])),
        "format" => JsonValue.Create(Format(Text(args[0]), args.Skip(1))),
        "concat" => args.All(a => a is JsonArray)
            ? new JsonArray([.. args.SelectMany(a => ((JsonArray)a!).Select(i => i?.DeepClone()))])
            : JsonValue.Create(string.Concat(args.Select(Text))),
        "createarray" => new JsonArray([.. args.Select(a => a?.DeepClone())]),
        "createobject" => new JsonObject(Enumerable.Range(0, args.Count / 2).Select(i => KeyValuePair.Create(Text(args[2 * i]), args[(2 * i) + 1]?.DeepClone()))),
        "if" => Bool(args[0]) ? args[1] : args[2],
        "not" => JsonValue.Create(!Bool(args[0])),
        "and" => JsonValue.Create(args.All(Bool)),
        "or" => JsonValue.Create(args.Any(Bool)),
        "equals" => JsonValue.Create(JsonNode.DeepEquals(args[0], args[1])),
        "empty" => JsonValue.Create(args[0] switch
        {
            null => true,
            JsonArray a => a.Count == 0,
            JsonObject o => o.Count == 0,
            var v => Text(v).Length == 0,
        }),
        "take" => JsonValue.Create(Text(args[0])[..Math.Min(Text(args[0]).Length, (int)Number(args[1]))]),
        "tolower" => JsonValue.Create(Text(args[0]).ToLowerInvariant()),
        "trim" => JsonValue.Create(Text(args[0]).Trim()),
        "split" => new JsonArray([.. Text(args[0]).Split(Text(args[1])).Select(s => (JsonNode?)JsonValue.Create(s))]),
        "uniquestring" => JsonValue.Create(UniqueString(args.Select(Text))),
        "guid" => JsonValue.Create(Guid.NewGuid().ToString()),
        "true" => JsonValue.Create(true),
        "false" => JsonValue.Create(false),
        "resourcegroup" => new JsonObject { ["id"] = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/airegops-test", ["location"] = cloud.Location },
        "environment" => new JsonObject { ["name"] = cloud.Name, ["suffixes"] = new JsonObject { ["storage"] = cloud.StorageSuffix } },
        "resourceid" => JsonValue.Create(ResourceId(Text(args[0]), [.. args.Skip(1).Select(Text)])),
        "subscriptionresourceid" => JsonValue.Create($"/subscriptions/00000000-0000-0000-0000-000000000000/providers/{Text(args[0])}/{Text(args[1])}"),
        "copyindex" => JsonValue.Create((long)(args.Count == 1
            ? (variableLoops.TryGetValue(Text(args[0]), out var loop) ? loop : throw new InvalidOperationException($"copyIndex('{Text(args[0])}') outside that loop."))
            : CopyIndex ?? throw new InvalidOperationException("copyIndex() outside a copy loop."))),
        "length" => JsonValue.Create((long)(args[0] switch
        {
            JsonArray a => a.Count,
            JsonObject o => o.Count,
            var v => Text(v).Length,
        })),
        "reference" => Reference(Text(args[0])),
        _ => throw new InvalidOperationException($"The template uses {name}(), which this evaluator does not know: teach it rather than guess."),
    };

    /// <summary>What Azure returns for a resource's runtime state: storage endpoints in the cloud, a telemetry connection string.</summary>
    private JsonObject Reference(string resourceId)
    {
        var parts = resourceId.Split('/');
        var name = parts[^1];
        if (resourceId.Contains("/Microsoft.Storage/storageAccounts/", StringComparison.Ordinal))
        {
            return new JsonObject
            {
                ["primaryEndpoints"] = new JsonObject
                {
                    ["blob"] = $"https://{name}.blob.{cloud.StorageSuffix}/",
                    ["queue"] = $"https://{name}.queue.{cloud.StorageSuffix}/",
                    ["table"] = $"https://{name}.table.{cloud.StorageSuffix}/",
                },
            };
        }

        if (resourceId.Contains("/Microsoft.Insights/components/", StringComparison.Ordinal))
        {
            return new JsonObject { ["ConnectionString"] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://ingest.example/" };
        }

        if (resourceId.Contains("/Microsoft.Web/sites/", StringComparison.Ordinal))
        {
            return new JsonObject { ["identity"] = new JsonObject { ["principalId"] = AppPrincipal } };
        }

        if (resourceId.Contains("/Microsoft.EventGrid/systemTopics/", StringComparison.Ordinal))
        {
            return new JsonObject { ["identity"] = new JsonObject { ["principalId"] = EventGridPrincipal } };
        }

        throw new InvalidOperationException($"reference() of {resourceId}: the test does not know what Azure returns for it.");
    }

    /// <summary>The principal id Azure gives the Function App's system-assigned identity, in these tests.</summary>
    public const string AppPrincipal = "app-identity";

    /// <summary>The principal id of the storage account's Event Grid system topic, in these tests.</summary>
    public const string EventGridPrincipal = "eventgrid-identity";

    /// <summary>A resource id as ARM builds it: type segments after the namespace interleaved with the names.</summary>
    private static string ResourceId(string type, string[] names)
    {
        var segments = type.Split('/');
        var path = new StringBuilder($"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/airegops-test/providers/{segments[0]}");
        for (var i = 1; i < segments.Length; i++)
        {
            path.Append('/').Append(segments[i]).Append('/').Append(names[i - 1]);
        }

        return path.ToString();
    }

    private static string Format(string pattern, IEnumerable<JsonNode?> args)
    {
        var values = args.Select(a => (object)Text(a)).ToArray();
        return string.Format(CultureInfo.InvariantCulture, pattern, values);
    }

    /// <summary>Deterministic 13 characters, like uniqueString (whose real hash only Azure computes).</summary>
    private static string UniqueString(IEnumerable<string> values)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', values)));
        return string.Concat(hash.Take(13).Select(b => (char)('a' + (b % 26))));
    }

    private static string Text(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        _ => node.ToJsonString(),
    };

    private static bool Bool(JsonNode? node) => node is JsonValue v && v.TryGetValue<bool>(out var b) ? b : throw new InvalidOperationException($"Expected a boolean, found {node?.ToJsonString() ?? "null"}.");

    private static long Number(JsonNode? node) => node is JsonValue v && v.TryGetValue<long>(out var n) ? n : long.Parse(Text(node), CultureInfo.InvariantCulture);

    /// <summary>Recursive descent over the expression grammar: literals, calls, property and index access.</summary>
    private sealed class Parser(string text, ArmEvaluator evaluator)
    {
        private int position;

        public JsonNode? ParseExpression()
        {
            SkipSpace();
            JsonNode? value;
            if (Peek() == '\'')
            {
                value = JsonValue.Create(ReadString());
            }
            else if (char.IsAsciiDigit(Peek()) || Peek() == '-')
            {
                var start = position++;
                while (position < text.Length && char.IsAsciiDigit(text[position]))
                {
                    position++;
                }

                value = JsonValue.Create(long.Parse(text[start..position], CultureInfo.InvariantCulture));
            }
            else
            {
                var name = ReadIdentifier();
                Expect('(');
                var args = new List<JsonNode?>();
                SkipSpace();
                if (Peek() != ')')
                {
                    while (true)
                    {
                        args.Add(ParseExpression());
                        SkipSpace();
                        if (Peek() == ',')
                        {
                            position++;
                            continue;
                        }

                        break;
                    }
                }

                Expect(')');
                value = evaluator.Call(name, args);
            }

            while (true)
            {
                SkipSpace();
                if (Peek() == '.')
                {
                    position++;
                    var property = ReadIdentifier();
                    value = value is JsonObject obj && obj.TryGetPropertyValue(property, out var found)
                        ? found
                        : throw new InvalidOperationException($"No property '{property}' on {value?.ToJsonString() ?? "null"}.");
                }
                else if (Peek() == '[')
                {
                    position++;
                    var index = ParseExpression();
                    Expect(']');
                    value = value switch
                    {
                        JsonArray array => array[(int)Number(index)],
                        JsonObject obj => obj[Text(index)],
                        _ => throw new InvalidOperationException($"Cannot index {value?.ToJsonString() ?? "null"}."),
                    };
                }
                else
                {
                    return value?.DeepClone();
                }
            }
        }

        public void ExpectEnd()
        {
            SkipSpace();
            if (position != text.Length)
            {
                throw new InvalidOperationException($"Unexpected '{text[position..]}' in [{text}].");
            }
        }

        private char Peek() => position < text.Length ? text[position] : '\0';

        private void SkipSpace()
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }
        }

        private void Expect(char c)
        {
            SkipSpace();
            if (Peek() != c)
            {
                throw new InvalidOperationException($"Expected '{c}' at {position} in [{text}].");
            }

            position++;
        }

        private string ReadIdentifier()
        {
            var start = position;
            while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] == '_'))
            {
                position++;
            }

            return start == position ? throw new InvalidOperationException($"Expected a name at {position} in [{text}].") : text[start..position];
        }

        private string ReadString()
        {
            var result = new StringBuilder();
            position++;
            while (true)
            {
                if (position >= text.Length)
                {
                    throw new InvalidOperationException($"Unterminated string in [{text}].");
                }

                var c = text[position++];
                if (c == '\'')
                {
                    if (Peek() == '\'')
                    {
                        result.Append('\'');
                        position++;
                        continue;
                    }

                    return result.ToString();
                }

                result.Append(c);
            }
        }
    }
}

/// <summary>What environment() and the storage endpoints are in one Azure cloud.</summary>
internal sealed record ArmCloud(string Name, string StorageSuffix, string Location)
{
    public static readonly ArmCloud Public = new("AzureCloud", "core.windows.net", "eastasia");
    public static readonly ArmCloud China = new("AzureChinaCloud", "core.chinacloudapi.cn", "chinanorth3");
    public static readonly ArmCloud USGovernment = new("AzureUSGovernment", "core.usgovcloudapi.net", "usgovvirginia");
}
