using AiRegOps.Core.Profiles;
using AiRegOps.Core.Profiles.Loading;
using static AiRegOps.Core.Tests.Profiles.ProfileAssert;

namespace AiRegOps.Core.Tests.Profiles;

/// <summary>
/// Issue 10, item 6: a profile value quoted in an error is shown on one line and cut short, wherever the message is
/// made, so a value holding "\n::error …" can never start a CI log command and a long value cannot push the
/// explanation out of a bounded message.
/// </summary>
public sealed class ProfileMessageSafetyTests
{
    private const string Forged = "x\\n::error file=a.yml::forged";
    private const string Head = "apiVersion: airegops/v1\nkind: Service\nmetadata:\n  name: chat\n";
    private const string Provider = "  provider: { name: X, roles: [service-provider] }\n  publicInPrc: true\n";

    public static TheoryData<string, string> ForgingProfiles() => new()
    {
        { "metadata.owners[0]", "apiVersion: airegops/v1\nkind: Service\nmetadata:\n  name: chat\n  owners: [\"" + Forged + "\"]\nspec:\n" + Provider },
        { "spec.provider.creditCode", Head + "spec:\n  provider: { name: X, roles: [service-provider], creditCode: \"" + Forged + "\" }\n  publicInPrc: true\n" },
        { "spec.features[0]", Head + "spec:\n" + Provider + "  features: [\"" + Forged + "\"]\n" },
        { "spec.audiences[0]", Head + "spec:\n" + Provider + "  audiences: [\"" + Forged + "\"]\n" },
        { "spec.launchedOn", Head + "spec:\n" + Provider + "  launchedOn: \"2025-02-30" + Forged + "\"\n" },
        { "spec.controls.loggedFields[0]", Head + "spec:\n" + Provider + "  controls: { loggedFields: [\"" + Forged + "\"] }\n" },
        { "spec.events[0].type", Head + "spec:\n" + Provider + "  events: [{ type: \"" + Forged + "\", date: 2025-01-02 }]\n" },
        { "spec", Head + "spec:\n" + Provider + "  \"" + Forged + "\": 1\n" },
    };

    [Theory]
    [MemberData(nameof(ForgingProfiles))]
    public void A_value_with_a_newline_is_shown_escaped_and_no_line_of_the_error_starts_a_CI_command(string field, string yaml)
    {
        var ex = Assert.Throws<ProfileValidationException>(() => ServiceProfileReader.ReadYaml(yaml, "airegops.yml"));

        var error = Assert.Single(ex.Errors, e => e.Path.StartsWith(field, StringComparison.Ordinal));
        Assert.Contains("x\\n::error file=a.yml::forged", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ex.Message.Split('\n'), line => line.TrimStart().StartsWith("::", StringComparison.Ordinal));
        Assert.DoesNotContain(error.ToString(), c => char.IsControl(c));
    }

    [Fact]
    public void A_long_unknown_feature_is_cut_so_the_list_of_known_features_still_shows()
    {
        var error = Assert.Single(ErrorsOf(Head + "spec:\n" + Provider + "  features: [\"" + new string('f', 5_000) + "\"]\n"));

        Assert.Contains("… (5,000 characters)", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected one of: ", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 600, $"message of {error.Message.Length} characters");
    }

    [Fact]
    public void A_long_unknown_key_is_cut_so_the_known_keys_still_show()
    {
        var error = Assert.Single(ErrorsOf(Head + "spec:\n" + Provider + "  controls: { \"" + new string('k', 900) + "\": true }\n"));

        Assert.Contains("expected one of: securityOfficer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_named_with_a_newline_is_reported_on_one_line()
    {
        var ex = Assert.Throws<FileNotFoundException>(() => ServiceProfileReader.ReadFile("/nonexistent/a\n::error::forged.yml"));

        Assert.DoesNotContain('\n', ex.Message);
        Assert.Contains("a\\n::error::forged.yml", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_feature_asked_for_by_name_is_shown_on_one_line()
    {
        var ex = new UnknownFeatureException("chat\n::error::forged");

        Assert.DoesNotContain('\n', ex.Message);
    }
}
