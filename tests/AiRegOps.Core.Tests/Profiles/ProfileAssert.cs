using AiRegOps.Core.Profiles.Loading;

namespace AiRegOps.Core.Tests.Profiles;

/// <summary>Helpers that read YAML and compare the errors it produces, exactly and completely.</summary>
internal static class ProfileAssert
{
    public const string Source = "airegops.yml";

    public static IReadOnlyList<ProfileError> ErrorsOf(string yaml)
    {
        var exception = Assert.Throws<ProfileValidationException>(() => ServiceProfileReader.ReadYaml(yaml, Source));
        return exception.Errors;
    }

    /// <summary>Asserts the exact list of errors, each written as "line:column: path: message".</summary>
    public static void Fails(string yaml, params string[] expected)
    {
        var actual = ErrorsOf(yaml).Select(e => $"{e.Line}:{e.Column}: {e.Path}: {e.Message}").ToArray();
        Assert.Equal(expected, actual);
        Assert.All(ErrorsOf(yaml), e => Assert.Equal(Source, e.File));
    }
}
