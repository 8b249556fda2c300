using System.Text;
using Json.Schema;

namespace AiRegOps.Core.Tests.Profiles;

/// <summary>The shipped JSON Schema, built once: JsonSchema.Net registers schemas by $id, so building it twice would clash.</summary>
internal static class SchemaFixture
{
    public static readonly string SchemaPath = Path.Combine(AppContext.BaseDirectory, "schemas", "airegops.schema.json");

    public static JsonSchema Schema { get; } = JsonSchema.FromFile(SchemaPath);

    public static string Describe(EvaluationResults result)
    {
        var builder = new StringBuilder();
        foreach (var detail in (result.Details ?? []).Append(result).Where(d => d.Errors is not null))
        {
            foreach (var error in detail.Errors!)
            {
                builder.Append(detail.InstanceLocation).Append(": ").Append(error.Key).Append(": ").AppendLine(error.Value);
            }
        }

        return builder.ToString();
    }
}
