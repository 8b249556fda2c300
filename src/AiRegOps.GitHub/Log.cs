using Microsoft.Extensions.Logging;

namespace AiRegOps.GitHub;

/// <summary>Log messages of the GitHub adapter. They name repositories, issues and keys; never credentials.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Debug, "Listed {Count} reminder issues in {Repository} in {Pages} page(s)")]
    public static partial void Listed(ILogger logger, string repository, int count, int pages);

    [LoggerMessage(2, LogLevel.Information, "Opened {Repository}#{Number} for {Key}")]
    public static partial void Opened(ILogger logger, string repository, int number, string key);

    [LoggerMessage(3, LogLevel.Information, "Updated {Repository}#{Number} for {Key} ({Reason})")]
    public static partial void Updated(ILogger logger, string repository, int number, string key, string reason);

    [LoggerMessage(4, LogLevel.Information, "Closed {Repository}#{Number} for {Key} ({Reason})")]
    public static partial void Closed(ILogger logger, string repository, int number, string key, string reason);

    [LoggerMessage(5, LogLevel.Warning, "{What} failed: {Message}")]
    public static partial void Failed(ILogger logger, string what, string message);

    [LoggerMessage(6, LogLevel.Warning, "Opening {Key} in {Repository} may have succeeded unseen; found #{Number} by its marker instead of opening it again")]
    public static partial void Recovered(ILogger logger, string repository, string key, int number);

    [LoggerMessage(7, LogLevel.Warning, "GitHub's rate limit is used up; holding requests until {Reset}")]
    public static partial void Exhausted(ILogger logger, DateTimeOffset reset);

    [LoggerMessage(8, LogLevel.Warning, "GitHub refused assignees for {Key} in {Repository}; opened without them")]
    public static partial void AssigneesRefused(ILogger logger, string repository, string key);
}
