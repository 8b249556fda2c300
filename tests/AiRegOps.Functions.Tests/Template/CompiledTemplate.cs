using System.Security.Cryptography;
using System.Text.Json.Nodes;
using AiRegOps.Tests.Shared;

namespace AiRegOps.Functions.Tests.Template;

/// <summary>
/// infra/main.bicep as build/bicep.sh compiles it (out/infra/main.json), evaluated for one deployment: the app settings
/// the Function App gets, and the role assignments, as Azure Resource Manager would produce them.
/// </summary>
internal sealed class CompiledTemplate
{
    public const string TokenSecretUri = "https://acme-kv.vault.azure.net/secrets/github-token/";
    public const string AppKeySecretUri = "https://acme-kv.vault.azure.net/secrets/github-app-key/";

    /// <summary>The label check these tests deploy: two containers of two services, one with its obligation named.</summary>
    public const string LabelWatch = "ai-images=acme-chat,ai-audio=acme-voice:label-implicit-metadata";

    /// <summary>What the platform puts in place of a resolved Key Vault reference to the token.</summary>
    public const string ResolvedToken = "ghp_TEMPLATETESTTOKEN0123456789";

    private static readonly Lazy<JsonObject> Compiled = new(Load);
    private static readonly Lazy<string> PrivateKey = new(() =>
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportRSAPrivateKeyPem();
    });

    private readonly ArmEvaluator evaluator;

    public CompiledTemplate(ArmCloud cloud, bool gitHubApp = false, string? releasePipelinePrincipalId = null, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var parameters = new Dictionary<string, JsonNode?>
        {
            ["prefix"] = "acme",
            ["watchedRepositories"] = "acme/chat,acme/search:svc/airegops.yml",
            ["keyVaultName"] = "acme-kv",
            ["labelWatch"] = LabelWatch,
        };
        if (gitHubApp)
        {
            parameters["gitHubAppId"] = "12345";
            parameters["gitHubAppInstallationId"] = "678";
            parameters["gitHubAppPrivateKeySecretUri"] = AppKeySecretUri;
        }
        else
        {
            parameters["gitHubTokenSecretUri"] = TokenSecretUri;
        }

        if (releasePipelinePrincipalId is not null)
        {
            parameters["releasePipelinePrincipalId"] = releasePipelinePrincipalId;
        }

        foreach (var (name, value) in overrides ?? new Dictionary<string, string>())
        {
            parameters[name] = value;
        }

        Cloud = cloud;
        evaluator = new ArmEvaluator(Compiled.Value, parameters, cloud);
    }

    public ArmCloud Cloud { get; }

    /// <summary>The private key (PEM) the vault holds for the GitHub App in these tests.</summary>
    public static string AppPrivateKey => PrivateKey.Value;

    /// <summary>The Function App's app settings, name to value, exactly as deployed (Key Vault references unresolved).</summary>
    public Dictionary<string, string> AppSettings()
    {
        var site = Resources().Single(r => (string?)r["type"] == "Microsoft.Web/sites");
        var settings = (JsonArray)evaluator.Evaluate(site["properties"]!["siteConfig"]!["appSettings"])!;
        return settings.ToDictionary(s => (string)s!["name"]!, s => (string)s!["value"]!, StringComparer.Ordinal);
    }

    /// <summary>
    /// The settings as the app's configuration sees them once the platform has resolved the Key Vault references
    /// (the identity can read the secrets): app setting names with "__" become configuration keys with ":".
    /// </summary>
    public Dictionary<string, string?> ResolvedConfiguration()
    {
        var result = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in AppSettings())
        {
            result[name.Replace("__", ":", StringComparison.Ordinal)] = value switch
            {
                var v when v == $"@Microsoft.KeyVault(SecretUri={TokenSecretUri})" => ResolvedToken,
                var v when v == $"@Microsoft.KeyVault(SecretUri={AppKeySecretUri})" => AppPrivateKey,
                _ => value,
            };
        }

        return result;
    }

    /// <summary>Every role assignment the deployment makes (copy loops expanded, conditions applied).</summary>
    public List<RoleGrant> RoleAssignments()
    {
        var grants = new List<RoleGrant>();
        foreach (var resource in Resources().Where(r => (string?)r["type"] == "Microsoft.Authorization/roleAssignments"))
        {
            var count = resource["copy"] is { } copy ? (int)(long)evaluator.Evaluate(copy["count"])!.AsValue().GetValue<long>() : 1;
            for (var i = 0; i < count; i++)
            {
                evaluator.CopyIndex = resource["copy"] is null ? null : i;
                if (resource["condition"] is { } condition && !evaluator.Evaluate(condition)!.GetValue<bool>())
                {
                    continue;
                }

                var properties = resource["properties"]!;
                grants.Add(new RoleGrant(
                    (string)evaluator.Evaluate(properties["principalId"])!,
                    ((string)evaluator.Evaluate(properties["roleDefinitionId"])!).Split('/')[^1],
                    (string)evaluator.Evaluate(resource["scope"])!));
            }

            evaluator.CopyIndex = null;
        }

        return grants;
    }

    /// <summary>The evaluated properties of the one resource of <paramref name="type"/>, or null when its condition is false.</summary>
    public JsonNode? Properties(string type)
    {
        var resource = Resources().Single(r => (string?)r["type"] == type);
        return resource["condition"] is { } condition && !evaluator.Evaluate(condition)!.GetValue<bool>() ? null : evaluator.Evaluate(resource["properties"]);
    }

    private static IEnumerable<JsonObject> Resources() => Compiled.Value["resources"] switch
    {
        JsonArray list => list.OfType<JsonObject>(),
        JsonObject symbolic => symbolic.Select(p => p.Value).OfType<JsonObject>(),
        _ => throw new InvalidOperationException("The compiled template has no resources."),
    };

    private static JsonObject Load()
    {
        var path = Path.Combine(RepositoryRoot.Find(), "out", "infra", "main.json");
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} is missing: build/bicep.sh compiles infra/main.bicep (build/test.sh runs it before the tests).");
        }

        return (JsonObject)JsonNode.Parse(File.ReadAllText(path))!;
    }
}

/// <summary>One role assignment: who, which built-in role (its id), on what resource id.</summary>
internal sealed record RoleGrant(string Principal, string Role, string Scope);
