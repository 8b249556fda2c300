using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Reminders;
using Microsoft.Extensions.Logging;

namespace AiRegOps.GitHub;

/// <summary>Everything <c>GitHubReminders.SendAsync</c> can be told; every member has a sensible default.</summary>
public sealed record GitHubReminderOptions
{
    /// <summary>Where and as whom; without <see cref="GitHubConnectionOptions.Auth"/> the call is a dry run.</summary>
    public GitHubConnectionOptions Connection { get; init; } = new();

    /// <summary>Plan and print, write nothing, even with credentials (PowerShell's -WhatIf). Lists existing issues when signed in.</summary>
    public bool DryRun { get; init; }

    /// <summary>Obligation titles in Chinese, sources and evidence for the bodies; null uses the schedule items alone.</summary>
    public ObligationCatalogue? Catalogue { get; init; }

    /// <summary>Where a dry run prints what it would do.</summary>
    public TextWriter? Output { get; init; }

    public TimeProvider? Time { get; init; }

    /// <summary>Pending work that outlives this call; in memory (lost at exit) when null.</summary>
    public IReminderWorkQueue? Queue { get; init; }

    /// <summary>Share one pacer between calls with the same credential; a new one when null.</summary>
    public WritePacer? Pacer { get; init; }

    public ReminderSyncOptions? Sync { get; init; }
    public ILogger? Logger { get; init; }

    /// <summary>An Octokit client to use instead of building one from <see cref="Connection"/>.</summary>
    public Octokit.IGitHubClient? Client { get; init; }
}
