using System.Text;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Tests.Profiles;

/// <summary>Keeps docs/profile-format.md's feature table in step with <see cref="FeatureVocabulary"/>.</summary>
public sealed class ProfileFormatDocTests
{
    /// <summary>The table as the doc must contain it; paste the output of a failing run into the doc.</summary>
    public static string FeatureTable()
    {
        var builder = new StringBuilder();
        builder.Append("| feature | 中文 | what it is | public-opinion basis (SA2018 Art. 2) |\n");
        builder.Append("| --- | --- | --- | --- |\n");
        foreach (var feature in FeatureVocabulary.All)
        {
            var basis = feature.Basis switch
            {
                PublicOpinionBasis.NamedService => "named service, Art. 2(1)",
                PublicOpinionBasis.ExpressionChannel => "channel for public expression, Art. 2(2)",
                PublicOpinionBasis.Mobilisation => "mobilisation capability, Art. 2(2)",
                _ => "none",
            };
            builder.Append($"| `{feature.Id}` | {feature.NameZh} | {feature.Description} | {basis} |\n");
        }

        return builder.ToString();
    }

    [Fact]
    public void The_doc_lists_every_feature_of_the_vocabulary()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "profile-format.md")).ReplaceLineEndings("\n");

        Assert.True(doc.Contains(FeatureTable(), StringComparison.Ordinal), "docs/profile-format.md must contain this feature table:\n" + FeatureTable());
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "AiRegOps.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with AiRegOps.sln) was not found above the test output.");
    }
}
