using System.Text;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Profiles.Loading;

namespace AiRegOps.Core.Tests.Profiles;

public sealed class ProfileLoadingTests
{
    private static string Minimal(string name, string extra = "") =>
        $"""
        apiVersion: airegops/v1
        kind: Service
        metadata:
          name: {name}
        spec:
          provider:
            name: 示例公司
            roles: [service-provider]
          publicInPrc: true
        {extra}
        """;

    [Fact]
    public void A_minimal_profile_gets_the_model_defaults()
    {
        var profile = Assert.Single(ServiceProfileReader.ReadYaml(Minimal("chat"), "a.yml"));

        Assert.Equal("chat", profile.Name);
        Assert.Equal(new Provider { Name = "示例公司", Roles = [ObligorRole.ServiceProvider] }.Name, profile.Provider.Name);
        Assert.Equal([ObligorRole.ServiceProvider], profile.Provider.Roles);
        Assert.True(profile.PublicInPrc);
        Assert.Empty(profile.Features);
        Assert.Empty(profile.Events);
        Assert.Null(profile.LaunchedOn);
        Assert.Same(EthicsRecords.None, profile.Ethics);
        Assert.Same(SecurityControls.None, profile.Controls);
        Assert.Same(SchedulePolicy.Default, profile.Policy);
        Assert.False(profile.Technologies.GenerativeAi);
        Assert.Equal(new SourceLocation("a.yml", 1, 1), profile.Source);
    }

    [Fact]
    public void Omitted_record_fields_take_their_defaults()
    {
        var profile = Assert.Single(ServiceProfileReader.ReadYaml(
            Minimal("chat", """
              filings:
                - { filedOn: 2025-10-15 }
              assessments:
                - { completedOn: 2025-09-20 }
              policy:
                reminderLeadDays: 10
            """),
            "a.yml"));

        Assert.Equal(new FilingRecord { Kind = FilingKind.New, FiledOn = new DateOnly(2025, 10, 15) }, Assert.Single(profile.Filings));
        Assert.Equal(ServiceEventType.Launched, Assert.Single(profile.Assessments).Trigger);
        Assert.Equal(new SchedulePolicy { AlgorithmReviewIntervalMonths = 12, ReminderLeadDays = 10 }, profile.Policy);
    }

    [Fact]
    public void Several_documents_in_one_file_load_in_order_with_their_start()
    {
        var yaml = "# services of the assistant team\n" + Minimal("chat") + "\n---\n" + Minimal("search") + "\n---\n# an empty document is skipped\n";

        var profiles = ServiceProfileReader.ReadYaml(yaml, "team.yml");

        Assert.Equal(["chat", "search"], profiles.Select(p => p.Name));
        Assert.Equal(2, profiles[0].Source?.Line);
        Assert.Equal(12, profiles[1].Source?.Line);
    }

    [Fact]
    public void A_folder_loads_its_profile_files_recursively_in_ordinal_path_order_skipping_other_yaml_and_hidden_folders()
    {
        using var folder = new TempFolder();
        folder.Write("b.airegops.yml", Minimal("bravo"));
        folder.Write("a/airegops.yaml", Minimal("alpha-z"));
        folder.Write("a/b.airegops.yml", Minimal("alpha-b") + "\n---\n" + Minimal("alpha-b2"));
        folder.Write("AIREGOPS.YML", Minimal("charlie"));
        folder.Write(".github/workflows/airegops.yml", "on: push\njobs: {}\n");
        folder.Write("docker-compose.yml", "services: {}\n");
        folder.Write("k8s/deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\n");
        folder.Write("notes.txt", "not a profile");

        var profiles = ServiceProfileReader.ReadPath(folder.Path);

        Assert.Equal(["charlie", "alpha-z", "alpha-b", "alpha-b2", "bravo"], profiles.Select(p => p.Name));
        Assert.Equal(Path.Combine(folder.Path, "a", "airegops.yaml"), profiles[1].Source?.File);
    }

    [Fact]
    public void A_file_set_reads_a_file_reached_twice_once_and_a_file_named_directly_whatever_its_name()
    {
        using var folder = new TempFolder();
        var profile = folder.Write("svc/airegops.yml", Minimal("chat"));
        var named = folder.Write("other/service.yaml", Minimal("search"));
        var read = new List<string>();
        var set = new ProfileFileSet { FileRead = read.Add };

        Assert.Equal(["chat"], set.Read(folder.Path + "/svc").Select(p => p.Name));
        Assert.Empty(set.Read(profile));
        Assert.Equal(["search"], set.Read(named).Select(p => p.Name));
        Assert.Equal([Path.GetFullPath(profile), Path.GetFullPath(named)], read);
    }

    [Fact]
    public void A_file_set_refuses_a_service_name_read_before_from_another_file_naming_both()
    {
        using var folder = new TempFolder();
        var first = folder.Write("a/airegops.yml", Minimal("chat"));
        var second = folder.Write("b/airegops.yml", Minimal("chat"));
        var set = new ProfileFileSet();
        set.Read(first);

        var exception = Assert.Throws<ProfileValidationException>(() => set.Read(second));

        var error = Assert.Single(exception.Errors);
        Assert.Equal(Path.GetFullPath(second), error.File);
        Assert.Contains(Path.GetFullPath(first), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_returned_when_one_of_several_files_is_bad_and_every_error_is_reported()
    {
        using var folder = new TempFolder();
        folder.Write("1-good.airegops.yml", Minimal("good"));
        var bad = folder.Write("2-bad.airegops.yml", Minimal("bad", "  features: [forums]"));
        var worse = folder.Write("3-worse.airegops.yml", "apiVersion: airegops/v1\nkind: Service\n");

        var exception = Assert.Throws<ProfileValidationException>(() => ServiceProfileReader.ReadPath(folder.Path));

        Assert.Equal(
            [
                new ProfileError(bad, 10, 14, "spec.features[0]", "unknown feature 'forums'. Did you mean 'forum'?"),
                new ProfileError(worse, 1, 1, "metadata", "missing required key 'metadata'"),
                new ProfileError(worse, 1, 1, "spec", "missing required key 'spec'"),
            ],
            exception.Errors);
        Assert.Equal(
            $"Invalid service profile: 3 errors.\n{bad}:10:14: spec.features[0]: unknown feature 'forums'. Did you mean 'forum'?\n{worse}:1:1: metadata: missing required key 'metadata'\n{worse}:1:1: spec: missing required key 'spec'",
            exception.Message);
    }

    [Fact]
    public void Duplicate_service_name_across_files_names_both_files()
    {
        using var folder = new TempFolder();
        var first = folder.Write("a.airegops.yml", Minimal("chat"));
        var second = folder.Write("b.airegops.yml", Minimal("search") + "\n---\n" + Minimal("chat"));

        var exception = Assert.Throws<ProfileValidationException>(() => ServiceProfileReader.ReadPath(folder.Path));

        Assert.Equal(
            new ProfileError(second, 15, 9, "metadata.name", $"duplicate service name 'chat'; already defined at {first}:4:9"),
            Assert.Single(exception.Errors));
    }

    [Fact]
    public void A_folder_without_profile_files_is_an_error()
    {
        using var folder = new TempFolder();
        folder.Write("readme.md", "# nothing here");
        folder.Write("docker-compose.yml", "services: {}\n");

        var exception = Assert.Throws<ProfileValidationException>(() => ServiceProfileReader.ReadPath(folder.Path));

        Assert.Equal(new ProfileError(folder.Path, 1, 1, "(folder)", "no airegops.yml, airegops.yaml or *.airegops.yml file found; expected at least one service profile"), Assert.Single(exception.Errors));
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_an_error()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "gbk.yml");
        File.WriteAllBytes(path, [0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xD6, 0xD0, 0x0A]);

        var exception = Assert.Throws<ProfileValidationException>(() => ServiceProfileReader.ReadFile(path));

        Assert.Equal(new ProfileError(path, 1, 1, "(file)", "cannot read the file: the file is not UTF-8 text"), Assert.Single(exception.Errors));
    }

    [Fact]
    public void A_missing_path_is_a_file_not_found()
    {
        var missing = Path.Combine(Path.GetTempPath(), "airegops-does-not-exist", "airegops.yml");

        Assert.Throws<FileNotFoundException>(() => ServiceProfileReader.ReadPath(missing));
        Assert.Throws<FileNotFoundException>(() => ServiceProfileReader.ReadFile(missing));
    }

    [Fact]
    public void A_utf8_byte_order_mark_and_crlf_line_ends_are_fine()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "bom.yml");
        File.WriteAllText(path, Minimal("chat").Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n  launchedOn: 2025-13-01\r\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var exception = Assert.Throws<ProfileValidationException>(() => ServiceProfileReader.ReadFile(path));

        Assert.Equal((11, 15), (exception.Errors[0].Line, exception.Errors[0].Column));
    }

    [Fact]
    public void Anchors_and_aliases_are_followed()
    {
        var yaml = Minimal("chat", "  audiences: &people [consumers, minors]") + "\n---\n" + Minimal("search").Replace("publicInPrc: true", "publicInPrc: true\n  audiences: [elderly]", StringComparison.Ordinal);

        var profiles = ServiceProfileReader.ReadYaml(yaml, "a.yml");

        Assert.Equal([Audience.Consumers, Audience.Minors], profiles[0].Audiences);
    }

    [Fact]
    public void Ten_thousand_profiles_load_from_one_file_and_a_thousand_from_a_folder()
    {
        var example = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "genai-chat", "airegops.yml"));
        var builder = new StringBuilder(example.Length * 10_000 + 50_000);
        for (var i = 0; i < 10_000; i++)
        {
            builder.Append("---\n").Append(example.Replace("name: zhiliao-chat", $"name: chat-{i:D5}", StringComparison.Ordinal)).Append('\n');
        }

        var yaml = builder.ToString();
        var profiles = ServiceProfileReader.ReadYaml(yaml, "many.yml");

        Assert.Equal(10_000, profiles.Count);
        Assert.Equal("chat-09999", profiles[^1].Name);

        using var folder = new TempFolder();
        for (var i = 0; i < 1_000; i++)
        {
            folder.Write($"s{i / 100:D3}/chat-{i:D5}.airegops.yml", example.Replace("name: zhiliao-chat", $"name: chat-{i:D5}", StringComparison.Ordinal));
        }

        profiles = ServiceProfileReader.ReadPath(folder.Path);

        Assert.Equal(1_000, profiles.Count);
        // Timings live in bench/AiRegOps.Benchmarks (LoadBenchmarks), not in a unit test.
    }
}
