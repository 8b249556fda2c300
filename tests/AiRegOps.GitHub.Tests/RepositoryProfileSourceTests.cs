using AiRegOps.Core.Reminders;
using AiRegOps.GitHub.Tests.Support;

namespace AiRegOps.GitHub.Tests;

public sealed class RepositoryProfileSourceTests
{
    private const string Yaml = "apiVersion: airegops/v1\nkind: Service\nmetadata:\n  name: chat-assistant\n  displayName: 智能助手\n";

    [Fact]
    public async Task Reads_airegops_yml_from_the_default_branch_with_its_sha()
    {
        await using var h = await Harness.StartAsync();
        var repo = h.Server.Repository("acme/chat");
        repo.DefaultBranch = "trunk";
        repo.Files["airegops.yml"] = Yaml;

        var file = await new RepositoryProfileSource(h.Client).ReadAsync(RepositoryRef.Parse("acme/chat"));

        Assert.NotNull(file);
        Assert.Equal(Yaml, file.Yaml);
        Assert.Equal("trunk", file.Branch);
        Assert.Equal(40, file.Sha.Length);
        Assert.Equal("acme/chat:airegops.yml@trunk", file.SourceName);
    }

    [Fact]
    public async Task A_missing_file_is_null_and_an_unchanged_file_is_revalidated_with_a_304()
    {
        await using var h = await Harness.StartAsync();
        h.Server.Repository("acme/chat").Files["services/a/airegops.yml"] = Yaml;
        var source = new RepositoryProfileSource(h.Client);

        Assert.Null(await source.ReadAsync(RepositoryRef.Parse("acme/chat")));
        var files = await source.ReadAllAsync(RepositoryRef.Parse("acme/chat"), ["services/a/airegops.yml", "services/b/airegops.yml"]);
        var before = h.Server.NotModified;
        var again = await source.ReadAsync(RepositoryRef.Parse("acme/chat"), "services/a/airegops.yml");

        Assert.Single(files);
        Assert.Equal(files[0].Sha, again!.Sha);
        Assert.True(h.Server.NotModified >= before + 2, "repository and contents both answered 304");
    }
}
