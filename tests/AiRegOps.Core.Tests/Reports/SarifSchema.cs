namespace AiRegOps.Core.Tests.Reports;

/// <summary>
/// The official SARIF 2.1.0 schema (TestData/sarif, with its notice), loaded once. It is a draft-04 schema, which
/// NJsonSchema validates, formats included (a helpUri must be an absolute URI).
/// </summary>
internal static class SarifSchema
{
    private static readonly Lazy<NJsonSchema.JsonSchema> Schema = new(() =>
        NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "sarif", "sarif-schema-2.1.0.json")).GetAwaiter().GetResult());

    /// <summary>Every schema violation as "path: kind"; empty when the document is valid.</summary>
    public static IReadOnlyList<string> Validate(string sarif) =>
        Schema.Value.Validate(sarif).Select(e => $"{e.Path}: {e.Kind} {e.Property}").ToList();
}
