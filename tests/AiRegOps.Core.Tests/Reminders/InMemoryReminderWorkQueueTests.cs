using AiRegOps.Core.Reminders;
using Microsoft.Extensions.Time.Testing;

namespace AiRegOps.Core.Tests.Reminders;

public sealed class InMemoryReminderWorkQueueTests
{
    private static readonly RepositoryRef Repo = RepositoryRef.Parse("acme/chat");
    private readonly FakeTimeProvider clock = new();

    private static ReminderWorkItem Item(string obligation) => new()
    {
        Repository = Repo,
        Change = new ReminderChange { Action = ReminderAction.Open, Key = new ReminderKey("svc", obligation, "p") },
    };

    [Fact]
    public async Task A_taken_item_is_hidden_until_its_lease_ends_and_then_counts_a_second_delivery()
    {
        var queue = new InMemoryReminderWorkQueue(clock);
        await queue.ReplaceAsync(Repo, [Item("a")], CancellationToken.None);

        var first = await queue.TakeAsync(Repo, TimeSpan.FromMinutes(5), CancellationToken.None);
        Assert.Null(await queue.TakeAsync(Repo, TimeSpan.FromMinutes(5), CancellationToken.None));
        clock.Advance(TimeSpan.FromMinutes(5));
        var second = await queue.TakeAsync(Repo, TimeSpan.FromMinutes(5), CancellationToken.None);

        Assert.Equal(1, first!.DeliveryCount);
        Assert.Equal(2, second!.DeliveryCount);
        await queue.CompleteAsync(first, CancellationToken.None);
        Assert.Equal(1, await queue.CountAsync(Repo, CancellationToken.None));
        await queue.CompleteAsync(second, CancellationToken.None);
        Assert.Equal(0, await queue.CountAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task A_new_plan_replaces_pending_work_and_an_unattempted_return_is_not_a_delivery()
    {
        var queue = new InMemoryReminderWorkQueue(clock);
        await queue.ReplaceAsync(Repo, [Item("a"), Item("b")], CancellationToken.None);
        var lease = await queue.TakeAsync(Repo, TimeSpan.FromMinutes(5), CancellationToken.None);
        await queue.ReturnAsync(lease!, clock.GetUtcNow(), attempted: false, CancellationToken.None);
        Assert.Equal(1, (await queue.TakeAsync(Repo, TimeSpan.FromMinutes(5), CancellationToken.None))!.DeliveryCount);

        await queue.ReplaceAsync(Repo, [Item("c")], CancellationToken.None);

        Assert.Equal(1, await queue.CountAsync(Repo, CancellationToken.None));
        Assert.Equal("c", (await queue.TakeAsync(Repo, TimeSpan.FromMinutes(5), CancellationToken.None))!.Item.Change.Key.ObligationId);
    }

    [Fact]
    public async Task A_repository_lock_has_one_holder_until_it_expires()
    {
        var queue = new InMemoryReminderWorkQueue(clock);
        Assert.True(await queue.TryLockAsync(Repo, "a", TimeSpan.FromMinutes(10), CancellationToken.None));
        Assert.False(await queue.TryLockAsync(Repo, "b", TimeSpan.FromMinutes(10), CancellationToken.None));
        Assert.True(await queue.TryLockAsync(Repo, "a", TimeSpan.FromMinutes(10), CancellationToken.None));
        clock.Advance(TimeSpan.FromMinutes(11));
        Assert.True(await queue.TryLockAsync(Repo, "b", TimeSpan.FromMinutes(10), CancellationToken.None));
        await queue.UnlockAsync(Repo, "a", CancellationToken.None);
        Assert.False(await queue.TryLockAsync(Repo, "a", TimeSpan.FromMinutes(10), CancellationToken.None));
    }
}
