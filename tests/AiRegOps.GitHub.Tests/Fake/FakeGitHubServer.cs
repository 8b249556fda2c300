using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AiRegOps.GitHub.Tests.Fake;

/// <summary>
/// A GitHub REST API in memory, on 127.0.0.1 at a free port, under /api/v3 as Octokit calls a GitHub Enterprise
/// server. Serves issues (list with labels, state, sort and Link pagination; create; get; update), search, contents,
/// repositories, rate_limit and App installation tokens, with GitHub's rate-limit headers and ETags (304 on
/// If-None-Match). Counts every call by method and route, and answers with injected faults when told.
/// </summary>
public sealed class FakeGitHubServer : IAsyncDisposable
{
    public const int RateLimit = 5000;
    private const string Api = "/api/v3";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private readonly WebApplication app;
    private readonly TimeProvider clock;
    private readonly Lock gate = new();
    private readonly Dictionary<string, FakeRepository> repositories = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<(FakeFault Fault, bool WritesOnly)> faults = new();
    private readonly ConcurrentDictionary<string, FakeFault> repositoryFaults = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, int> calls = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> authorizations = [];
    private readonly List<(DateTimeOffset At, string Call)> writes = [];
    private long nextId = 1000;
    private int remaining = RateLimit;
    private int notModified;

    private FakeGitHubServer(WebApplication app, TimeProvider clock)
    {
        this.app = app;
        this.clock = clock;
    }

    /// <summary>Where to point Octokit: "http://127.0.0.1:PORT/" (Octokit adds api/v3/).</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public string ApiUrl => $"{BaseUrl}api/v3/";

    /// <summary>Every call so far, by "METHOD /route".</summary>
    public IReadOnlyDictionary<string, int> Calls => calls;

    public int Reads => calls.Where(c => c.Key.StartsWith("GET ", StringComparison.Ordinal)).Sum(c => c.Value);
    public int Writes => calls.Where(c => !c.Key.StartsWith("GET ", StringComparison.Ordinal)).Sum(c => c.Value);
    public int NotModified => Volatile.Read(ref notModified);

    /// <summary>The write calls with the fake clock's time at each, for pacing assertions.</summary>
    public IReadOnlyList<(DateTimeOffset At, string Call)> WriteLog
    {
        get
        {
            lock (gate)
            {
                return [.. writes];
            }
        }
    }

    /// <summary>Authorization headers received (to check which credential was used; never print them).</summary>
    public IReadOnlyCollection<string> Authorizations => authorizations;

    public static async Task<FakeGitHubServer> StartAsync(TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        var server = new FakeGitHubServer(app, clock ?? TimeProvider.System);
        server.Map();
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Answers the next <paramref name="times"/> calls (writes only, by default) with <paramref name="fault"/>.</summary>
    public void Inject(FakeFault fault, int times = 1, bool writesOnly = true)
    {
        for (var i = 0; i < times; i++)
        {
            faults.Enqueue((fault, writesOnly));
        }
    }

    /// <summary>Answers every call about <paramref name="fullName"/> with <paramref name="fault"/> until <see cref="Heal"/>.</summary>
    public void Break(string fullName, FakeFault fault) => repositoryFaults[fullName] = fault;

    public void Heal(string fullName) => repositoryFaults.TryRemove(fullName, out _);

    public void ResetCounts()
    {
        calls.Clear();
        Interlocked.Exchange(ref notModified, 0);
        lock (gate)
        {
            writes.Clear();
        }
    }

    public FakeRepository Repository(string fullName)
    {
        lock (gate)
        {
            if (!repositories.TryGetValue(fullName, out var repo))
            {
                var parts = fullName.Split('/');
                repo = new FakeRepository(parts[0], parts[1]);
                repositories.Add(fullName, repo);
            }

            return repo;
        }
    }

    /// <summary>A snapshot of the repository's issues, by number.</summary>
    public IReadOnlyList<FakeIssue> Issues(string fullName)
    {
        lock (gate)
        {
            return Repository(fullName).Issues.OrderBy(i => i.Number).Select(Copy).ToList();
        }
    }

    public IReadOnlyList<FakeIssue> AllIssues()
    {
        lock (gate)
        {
            return repositories.Values.SelectMany(r => r.Issues).Select(Copy).ToList();
        }
    }

    /// <summary>Changes an issue as a person would (labels, state), outside the API.</summary>
    public void Edit(string fullName, int number, Action<FakeIssue> edit)
    {
        lock (gate)
        {
            edit(Repository(fullName).Issues.Single(i => i.Number == number));
        }
    }

    private static FakeIssue Copy(FakeIssue i) => new()
    {
        Id = i.Id,
        Number = i.Number,
        Title = i.Title,
        Body = i.Body,
        State = i.State,
        StateReason = i.StateReason,
        Labels = [.. i.Labels],
        Assignees = [.. i.Assignees],
        CreatedAt = i.CreatedAt,
        UpdatedAt = i.UpdatedAt,
        ClosedAt = i.ClosedAt,
    };

    private void Map()
    {
        app.Use(async (context, next) =>
        {
            var endpoint = context.GetEndpoint() as RouteEndpoint;
            var route = endpoint?.RoutePattern.RawText ?? context.Request.Path.Value ?? "?";
            var isWrite = !HttpMethods.IsGet(context.Request.Method);
            calls.AddOrUpdate($"{context.Request.Method} {route}", 1, (_, n) => n + 1);
            if (context.Request.Headers.Authorization.ToString() is { Length: > 0 } auth)
            {
                authorizations.Add(auth);
            }

            if (isWrite)
            {
                lock (gate)
                {
                    writes.Add((clock.GetUtcNow(), $"{context.Request.Method} {context.Request.Path}"));
                }
            }

            if (BrokenRepository(context.Request.Path.Value) is { } broken)
            {
                await Fail(context, broken).ConfigureAwait(false);
                return;
            }

            if (TryTakeFault(isWrite, out var fault) && fault != FakeFault.DropAfterWrite)
            {
                await Fail(context, fault).ConfigureAwait(false);
                return;
            }

            context.Items["drop"] = fault == FakeFault.DropAfterWrite;
            await next(context).ConfigureAwait(false);
        });

        app.MapGet(Api + "/rate_limit", (HttpContext c) => Ok(c, new Dictionary<string, object?>
        {
            ["resources"] = new Dictionary<string, object?> { ["core"] = RateJson(), ["search"] = RateJson() },
            ["rate"] = RateJson(),
        }));
        app.MapGet(Api + "/repos/{owner}/{repo}", (HttpContext c, string owner, string repo) =>
            Ok(c, FakeGitHubJson.Repository(Repository($"{owner}/{repo}"), ApiUrl, BaseUrl.ToString())));
        app.MapGet(Api + "/repos/{owner}/{repo}/issues", ListIssues);
        app.MapPost(Api + "/repos/{owner}/{repo}/issues", CreateIssue);
        app.MapGet(Api + "/repos/{owner}/{repo}/issues/{number:int}", (HttpContext c, string owner, string repo, int number) =>
        {
            var r = Repository($"{owner}/{repo}");
            FakeIssue? issue;
            lock (gate)
            {
                issue = r.Issues.Find(i => i.Number == number);
            }

            return issue is null ? NotFound(c) : Ok(c, FakeGitHubJson.Issue(issue, r, ApiUrl, BaseUrl.ToString()));
        });
        app.MapMethods(Api + "/repos/{owner}/{repo}/issues/{number:int}", ["PATCH"], UpdateIssue);
        app.MapGet(Api + "/search/issues", Search);
        app.MapGet(Api + "/repos/{owner}/{repo}/contents/{**path}", Contents);
        app.MapPost(Api + "/app/installations/{id:long}/access_tokens", (HttpContext c, long id) =>
        {
            c.Response.StatusCode = 201;
            return Ok(c, new Dictionary<string, object?>
            {
                ["token"] = $"ghs_installation{id}token",
                ["expires_at"] = FakeGitHubJson.Date(clock.GetUtcNow().AddHours(1)),
            });
        });
    }

    private FakeFault? BrokenRepository(string? path)
    {
        const string repos = Api + "/repos/";
        if (repositoryFaults.IsEmpty || path is null || !path.StartsWith(repos, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = path[repos.Length..].Split('/');
        return parts.Length >= 2 && repositoryFaults.TryGetValue($"{parts[0]}/{parts[1]}", out var fault) ? fault : null;
    }

    private bool TryTakeFault(bool isWrite, out FakeFault fault)
    {
        fault = default;
        if (faults.TryPeek(out var next) && (isWrite || !next.WritesOnly) && faults.TryDequeue(out next))
        {
            fault = next.Fault;
            return true;
        }

        return false;
    }

    private async Task Fail(HttpContext context, FakeFault fault)
    {
        var reset = clock.GetUtcNow().AddMinutes(10).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        switch (fault)
        {
            case FakeFault.BadGateway:
                context.Response.StatusCode = 502;
                await context.Response.WriteAsync("<html><body>502 Bad Gateway</body></html>").ConfigureAwait(false);
                break;
            case FakeFault.PrimaryLimit:
            case FakeFault.PrimaryLimit429:
                context.Response.StatusCode = fault == FakeFault.PrimaryLimit ? 403 : 429;
                context.Response.Headers["X-RateLimit-Limit"] = RateLimit.ToString(CultureInfo.InvariantCulture);
                context.Response.Headers["X-RateLimit-Remaining"] = "0";
                context.Response.Headers["X-RateLimit-Used"] = RateLimit.ToString(CultureInfo.InvariantCulture);
                context.Response.Headers["X-RateLimit-Reset"] = reset;
                context.Response.Headers["X-RateLimit-Resource"] = "core";
                context.Response.ContentType = "application/json; charset=utf-8";
                await context.Response.WriteAsync("{\"message\":\"API rate limit exceeded for user ID 1.\",\"documentation_url\":\"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api\"}").ConfigureAwait(false);
                break;
            case FakeFault.SecondaryLimit:
                context.Response.StatusCode = 403;
                context.Response.Headers["Retry-After"] = "60";
                context.Response.ContentType = "application/json; charset=utf-8";
                await context.Response.WriteAsync("{\"message\":\"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.\",\"documentation_url\":\"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits\"}").ConfigureAwait(false);
                break;
            case FakeFault.Forbidden:
                context.Response.StatusCode = 403;
                context.Response.ContentType = "application/json; charset=utf-8";
                await context.Response.WriteAsync("{\"message\":\"Resource not accessible by integration\",\"documentation_url\":\"https://docs.github.com/rest/issues/issues\"}").ConfigureAwait(false);
                break;
            default:
                throw new InvalidOperationException($"{fault} is not answered before the handler.");
        }
    }

    private IResult ListIssues(HttpContext c, string owner, string repo)
    {
        var r = Repository($"{owner}/{repo}");
        var q = c.Request.Query;
        var state = q["state"].ToString() is { Length: > 0 } s ? s : "open";
        var labels = q["labels"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var descending = !string.Equals(q["direction"].ToString(), "asc", StringComparison.OrdinalIgnoreCase);
        var perPage = int.TryParse(q["per_page"], CultureInfo.InvariantCulture, out var pp) ? Math.Clamp(pp, 1, 100) : 30;
        var page = int.TryParse(q["page"], CultureInfo.InvariantCulture, out var pg) ? Math.Max(pg, 1) : 1;
        List<Dictionary<string, object?>> items;
        int total;
        lock (gate)
        {
            var matching = r.Issues
                .Where(i => state == "all" || i.State == state)
                .Where(i => labels.All(l => i.Labels.Contains(l, StringComparer.OrdinalIgnoreCase)));
            matching = descending ? matching.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Number) : matching.OrderBy(i => i.CreatedAt).ThenBy(i => i.Number);
            var all = matching.ToList();
            total = all.Count;
            items = all.Skip((page - 1) * perPage).Take(perPage).Select(i => FakeGitHubJson.Issue(i, r, ApiUrl, BaseUrl.ToString())).ToList();
        }

        var pages = Math.Max(1, (total + perPage - 1) / perPage);
        var links = new List<string>();
        if (page < pages)
        {
            links.Add($"<{PageUrl(c, page + 1)}>; rel=\"next\"");
            links.Add($"<{PageUrl(c, pages)}>; rel=\"last\"");
        }

        if (page > 1)
        {
            links.Add($"<{PageUrl(c, 1)}>; rel=\"first\"");
            links.Add($"<{PageUrl(c, page - 1)}>; rel=\"prev\"");
        }

        if (links.Count > 0)
        {
            c.Response.Headers["Link"] = string.Join(", ", links);
        }

        return Ok(c, items);
    }

    private string PageUrl(HttpContext c, int page)
    {
        var query = c.Request.Query.Where(p => p.Key != "page").Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value.ToString())}").Append($"page={page}");
        return $"{BaseUrl.ToString().TrimEnd('/')}{c.Request.Path}?{string.Join('&', query)}";
    }

    private async Task<IResult> CreateIssue(HttpContext c, string owner, string repo)
    {
        var r = Repository($"{owner}/{repo}");
        using var json = await JsonDocument.ParseAsync(c.Request.Body).ConfigureAwait(false);
        var root = json.RootElement;
        if (!root.TryGetProperty("title", out var title) || string.IsNullOrEmpty(title.GetString()))
        {
            return Error(c, 422, "Validation Failed");
        }

        var now = clock.GetUtcNow();
        FakeIssue issue;
        lock (gate)
        {
            issue = new FakeIssue
            {
                Id = ++nextId,
                Number = r.Issues.Count + 1,
                Title = title.GetString()!,
                Body = root.TryGetProperty("body", out var body) && body.ValueKind == JsonValueKind.String ? body.GetString() : null,
                Labels = Strings(root, "labels") ?? [],
                Assignees = Strings(root, "assignees") ?? [],
                CreatedAt = now,
                UpdatedAt = now,
            };
            r.Issues.Add(issue);
        }

        if (c.Items["drop"] is true)
        {
            c.Abort();
            return Results.Empty;
        }

        c.Response.StatusCode = 201;
        c.Response.Headers.Location = $"{ApiUrl}repos/{r.FullName}/issues/{issue.Number}";
        return Ok(c, FakeGitHubJson.Issue(issue, r, ApiUrl, BaseUrl.ToString()), status: 201);
    }

    private async Task<IResult> UpdateIssue(HttpContext c, string owner, string repo, int number)
    {
        var r = Repository($"{owner}/{repo}");
        using var json = await JsonDocument.ParseAsync(c.Request.Body).ConfigureAwait(false);
        var root = json.RootElement;
        FakeIssue? issue;
        lock (gate)
        {
            issue = r.Issues.Find(i => i.Number == number);
            if (issue is not null)
            {
                if (root.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String)
                {
                    issue.Title = title.GetString()!;
                }

                if (root.TryGetProperty("body", out var body) && body.ValueKind == JsonValueKind.String)
                {
                    issue.Body = body.GetString();
                }

                if (Strings(root, "labels") is { } labels)
                {
                    issue.Labels = labels;
                }

                if (Strings(root, "assignees") is { } assignees)
                {
                    issue.Assignees = assignees;
                }

                if (root.TryGetProperty("state", out var state) && state.ValueKind == JsonValueKind.String)
                {
                    var next = state.GetString()!;
                    if (next != issue.State)
                    {
                        issue.State = next;
                        issue.ClosedAt = next == "closed" ? clock.GetUtcNow() : null;
                        issue.StateReason = next == "closed" ? "completed" : "reopened";
                    }
                }

                if (root.TryGetProperty("state_reason", out var reason) && reason.ValueKind == JsonValueKind.String)
                {
                    issue.StateReason = reason.GetString();
                }

                issue.UpdatedAt = clock.GetUtcNow();
            }
        }

        if (issue is null)
        {
            return NotFound(c);
        }

        if (c.Items["drop"] is true)
        {
            c.Abort();
            return Results.Empty;
        }

        return Ok(c, FakeGitHubJson.Issue(issue, r, ApiUrl, BaseUrl.ToString()));
    }

    private IResult Search(HttpContext c)
    {
        // Minimal: "repo:o/r", "label:x", "is:open|closed" and free words matched in title or body.
        var terms = c.Request.Query["q"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var repoNames = terms.Where(t => t.StartsWith("repo:", StringComparison.Ordinal)).Select(t => t[5..]).ToList();
        var labels = terms.Where(t => t.StartsWith("label:", StringComparison.Ordinal)).Select(t => t[6..]).ToList();
        var states = terms.Where(t => t.StartsWith("is:", StringComparison.Ordinal)).Select(t => t[3..]).ToList();
        var words = terms.Where(t => !t.Contains(':', StringComparison.Ordinal)).Select(t => t.Trim('"')).ToList();
        List<Dictionary<string, object?>> items;
        lock (gate)
        {
            items = repositories.Values
                .Where(r => repoNames.Count == 0 || repoNames.Contains(r.FullName, StringComparer.OrdinalIgnoreCase))
                .SelectMany(r => r.Issues.Select(i => (Repo: r, Issue: i)))
                .Where(x => labels.All(l => x.Issue.Labels.Contains(l, StringComparer.OrdinalIgnoreCase)))
                .Where(x => states.Count == 0 || states.Contains(x.Issue.State))
                .Where(x => words.All(w => x.Issue.Title.Contains(w, StringComparison.OrdinalIgnoreCase) || (x.Issue.Body ?? string.Empty).Contains(w, StringComparison.OrdinalIgnoreCase)))
                .Take(100)
                .Select(x => FakeGitHubJson.Issue(x.Issue, x.Repo, ApiUrl, BaseUrl.ToString()))
                .ToList();
        }

        return Ok(c, new Dictionary<string, object?> { ["total_count"] = items.Count, ["incomplete_results"] = false, ["items"] = items });
    }

    private IResult Contents(HttpContext c, string owner, string repo, string path)
    {
        var r = Repository($"{owner}/{repo}");
        string? text;
        lock (gate)
        {
            r.Files.TryGetValue(path, out text);
        }

        if (text is null)
        {
            return NotFound(c);
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        var sha = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes($"blob {bytes.Length}\0{text}")));
        return Ok(c, new Dictionary<string, object?>
        {
            ["type"] = "file",
            ["encoding"] = "base64",
            ["size"] = bytes.Length,
            ["name"] = path.Split('/')[^1],
            ["path"] = path,
            ["content"] = Convert.ToBase64String(bytes, Base64FormattingOptions.InsertLineBreaks),
            ["sha"] = sha,
            ["url"] = $"{ApiUrl}repos/{r.FullName}/contents/{path}",
            ["git_url"] = $"{ApiUrl}repos/{r.FullName}/git/blobs/{sha}",
            ["html_url"] = $"{BaseUrl}{r.FullName}/blob/{r.DefaultBranch}/{path}",
            ["download_url"] = $"{BaseUrl}raw/{r.FullName}/{r.DefaultBranch}/{path}",
            ["_links"] = new Dictionary<string, object?> { ["self"] = $"{ApiUrl}repos/{r.FullName}/contents/{path}" },
        });
    }

    private static List<string>? Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : null;

    private Dictionary<string, object?> RateJson() => new()
    {
        ["limit"] = RateLimit,
        ["remaining"] = Math.Max(0, Volatile.Read(ref remaining)),
        ["reset"] = ResetEpoch(),
        ["used"] = RateLimit - Math.Max(0, Volatile.Read(ref remaining)),
    };

    private long ResetEpoch() => clock.GetUtcNow().AddHours(1).ToUnixTimeSeconds();

    private IResult Ok(HttpContext c, object body, int status = 200)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, Json);
        var etag = $"W/\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}\"";
        var conditional = HttpMethods.IsGet(c.Request.Method) && c.Request.Headers.IfNoneMatch.ToString() == etag;

        // A 304 costs no quota on GitHub; everything else uses one request.
        var left = conditional ? Volatile.Read(ref remaining) : Interlocked.Decrement(ref remaining);
        c.Response.Headers["X-RateLimit-Limit"] = RateLimit.ToString(CultureInfo.InvariantCulture);
        c.Response.Headers["X-RateLimit-Remaining"] = Math.Max(0, left).ToString(CultureInfo.InvariantCulture);
        c.Response.Headers["X-RateLimit-Used"] = (RateLimit - Math.Max(0, left)).ToString(CultureInfo.InvariantCulture);
        c.Response.Headers["X-RateLimit-Reset"] = ResetEpoch().ToString(CultureInfo.InvariantCulture);
        c.Response.Headers["X-RateLimit-Resource"] = "core";
        c.Response.Headers["X-GitHub-Media-Type"] = "github.v3; format=json";
        if (HttpMethods.IsGet(c.Request.Method))
        {
            c.Response.Headers.ETag = etag;
        }

        if (conditional)
        {
            Interlocked.Increment(ref notModified);
            return Results.StatusCode(304);
        }

        return Results.Text(Encoding.UTF8.GetString(bytes), "application/json; charset=utf-8", Encoding.UTF8, statusCode: status);
    }

    private static IResult NotFound(HttpContext c) => Error(c, 404, "Not Found");

    private static IResult Error(HttpContext c, int status, string message) =>
        Results.Json(new Dictionary<string, object?> { ["message"] = message, ["documentation_url"] = "https://docs.github.com/rest" }, statusCode: status);
}
