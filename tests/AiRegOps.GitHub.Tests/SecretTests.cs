using AiRegOps.Core.Reminders;
using AiRegOps.GitHub.Tests.Fake;
using AiRegOps.GitHub.Tests.Support;

namespace AiRegOps.GitHub.Tests;

public sealed class SecretTests
{
    [Fact]
    public async Task The_token_appears_in_no_log_line_exception_result_or_issue_body()
    {
        await using var h = await Harness.StartAsync();
        var exceptions = new List<Exception>();
        var sync = h.Synchronizer(new ReminderSyncOptions { MaxAttempts = 2 });
        var target = TestSchedules.Repository("acme/secret", ["svc-a", "svc-b"]);

        h.Server.Inject(FakeFault.BadGateway, times: 3);
        h.Server.Inject(FakeFault.SecondaryLimit);
        h.Server.Inject(FakeFault.DropAfterWrite);
        var result = await sync.SweepAsync([target], CancellationToken.None);
        await h.RunToCompletionAsync(sync);
        h.Server.Inject(FakeFault.PrimaryLimit);
        var limited = await sync.SweepAsync([TestSchedules.Repository("acme/secret", ["svc-a", "svc-b"], s => TestSchedules.Items(s, filingSatisfied: true))], CancellationToken.None);

        // Errors the tracker raises directly, as a caller would see them.
        var tracker = h.Tracker();
        foreach (var fault in new[] { FakeFault.BadGateway, FakeFault.PrimaryLimit, FakeFault.SecondaryLimit, FakeFault.DropAfterWrite })
        {
            h.Server.Inject(fault);
            try
            {
                await tracker.CreateAsync(RepositoryRef.Parse("acme/other"), new ReminderChange { Action = ReminderAction.Open, Key = new ReminderKey("x", "y", "z"), Title = "t", Body = "b" }, CancellationToken.None);
            }
            catch (Exception ex)
            {
                exceptions.Add(ex);
            }
        }

        try
        {
            await tracker.UpdateAsync(RepositoryRef.Parse("acme/other"), new ReminderChange { Action = ReminderAction.Update, Key = new ReminderKey("x", "y", "z"), IssueNumber = 999, Title = "t", Body = "b" }, CancellationToken.None);
        }
        catch (Exception ex)
        {
            exceptions.Add(ex);
        }

        Assert.NotEmpty(exceptions);
        Assert.NotEmpty(h.Logger.Lines);
        var everything = string.Join("\n", h.Logger.Lines)
            + string.Join("\n", exceptions.Select(e => e.ToString()))
            + string.Join("\n", h.Server.AllIssues().Select(i => i.Title + i.Body + string.Join(",", i.Labels)))
            + result + string.Join("\n", result.Run.Errors) + limited + string.Join("\n", limited.Run.Errors)
            + h.Connection + h.Connection.Auth;
        Assert.DoesNotContain(Harness.Token, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(Harness.Token[4..20], everything, StringComparison.Ordinal);

        // The token was really used.
        Assert.Contains(h.Server.Authorizations, a => a.EndsWith(Harness.Token, StringComparison.Ordinal));
    }
}
