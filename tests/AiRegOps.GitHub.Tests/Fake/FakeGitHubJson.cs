using System.Globalization;

namespace AiRegOps.GitHub.Tests.Fake;

/// <summary>GitHub-shaped JSON objects (the fields Octokit reads) for the fake's issues, users, labels and repositories.</summary>
internal static class FakeGitHubJson
{
    public static Dictionary<string, object?> Issue(FakeIssue issue, FakeRepository repo, string api, string web) => new()
    {
        ["id"] = issue.Id,
        ["node_id"] = $"I_{issue.Id}",
        ["url"] = $"{api}repos/{repo.FullName}/issues/{issue.Number}",
        ["repository_url"] = $"{api}repos/{repo.FullName}",
        ["labels_url"] = $"{api}repos/{repo.FullName}/issues/{issue.Number}/labels{{/name}}",
        ["comments_url"] = $"{api}repos/{repo.FullName}/issues/{issue.Number}/comments",
        ["events_url"] = $"{api}repos/{repo.FullName}/issues/{issue.Number}/events",
        ["html_url"] = $"{web}{repo.FullName}/issues/{issue.Number}",
        ["number"] = issue.Number,
        ["state"] = issue.State,
        ["state_reason"] = issue.StateReason,
        ["title"] = issue.Title,
        ["body"] = issue.Body,
        ["user"] = User("airegops-bot", api, web),
        ["labels"] = issue.Labels.Select((l, i) => Label(l, repo, api)).ToList(),
        ["assignee"] = issue.Assignees.Count == 0 ? null : User(issue.Assignees[0], api, web),
        ["assignees"] = issue.Assignees.Select(a => User(a, api, web)).ToList(),
        ["milestone"] = null,
        ["locked"] = false,
        ["comments"] = 0,
        ["pull_request"] = null,
        ["closed_at"] = issue.ClosedAt is { } closed ? Date(closed) : null,
        ["created_at"] = Date(issue.CreatedAt),
        ["updated_at"] = Date(issue.UpdatedAt),
        ["author_association"] = "OWNER",
    };

    public static Dictionary<string, object?> User(string login, string api, string web) => new()
    {
        ["login"] = login,
        ["id"] = Math.Abs(StringComparer.Ordinal.GetHashCode(login)) % 1_000_000,
        ["node_id"] = $"U_{login}",
        ["avatar_url"] = $"{web}avatars/{login}",
        ["url"] = $"{api}users/{login}",
        ["html_url"] = $"{web}{login}",
        ["type"] = "User",
        ["site_admin"] = false,
    };

    public static Dictionary<string, object?> Label(string name, FakeRepository repo, string api) => new()
    {
        ["id"] = Math.Abs(StringComparer.Ordinal.GetHashCode(name)) % 1_000_000,
        ["node_id"] = $"L_{name}",
        ["url"] = $"{api}repos/{repo.FullName}/labels/{Uri.EscapeDataString(name)}",
        ["name"] = name,
        ["color"] = "ededed",
        ["default"] = false,
        ["description"] = null,
    };

    public static Dictionary<string, object?> Repository(FakeRepository repo, string api, string web) => new()
    {
        ["id"] = Math.Abs(StringComparer.Ordinal.GetHashCode(repo.FullName)) % 1_000_000,
        ["node_id"] = $"R_{repo.FullName}",
        ["name"] = repo.Name,
        ["full_name"] = repo.FullName,
        ["owner"] = User(repo.Owner, api, web),
        ["private"] = false,
        ["html_url"] = $"{web}{repo.FullName}",
        ["url"] = $"{api}repos/{repo.FullName}",
        ["default_branch"] = repo.DefaultBranch,
        ["has_issues"] = true,
        ["created_at"] = "2024-01-01T00:00:00Z",
        ["updated_at"] = "2024-01-01T00:00:00Z",
        ["pushed_at"] = "2024-01-01T00:00:00Z",
    };

    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
