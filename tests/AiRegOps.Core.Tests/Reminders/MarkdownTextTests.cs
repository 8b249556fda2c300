using AiRegOps.Core.Reminders;

namespace AiRegOps.Core.Tests.Reminders;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("@octocat please", "@\u200Boctocat please")]
    [InlineData("see #12 and org/repo#3", "see #\u200B12 and org/repo#\u200B3")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert\\(1\\)&gt;")]
    [InlineData("**bold** [link](http://evil)", "\\*\\*bold\\*\\* \\[link\\]\\(http://evil\\)")]
    [InlineData("line\n# Heading\n| a | b |", "line #\u200B Heading \\| a \\| b \\|")]
    [InlineData("智能助手 `code`", "智能助手 \\`code\\`")]
    public void User_text_is_inert(string text, string expected) => Assert.Equal(expected, MarkdownText.Escape(text));

    [Fact]
    public void Hidden_characters_are_dropped_and_long_text_is_cut()
    {
        Assert.Equal("abc", MarkdownText.Escape("a\u202Eb\u200Dc"));
        Assert.EndsWith("…", MarkdownText.Escape(new string('x', 2000)), StringComparison.Ordinal);
        Assert.Equal("one two", MarkdownText.PlainLine("one\r\n two"));
    }
}
