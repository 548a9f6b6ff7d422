using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Jobs;

namespace Sujuva.IntegrationTests.Jobs;

/// <summary>
/// Background jobs (issue 16 item 5, issue 21): a job survives a restart, is handled once, is taken over when its
/// holder dies and its lease runs out (the dead holder's late result is ignored), is retried with back-off and then
/// failed, and can be rescheduled or cancelled by its key.
/// </summary>
public sealed class JobRunnerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Job_DueWhileNoAppRan_IsHandledOnceAfterTheAppStarts(string provider)
    {
        var ledger = new JobLedger();
        await using var database = await FreshDatabase.CreateAsync(provider);
        await using (var before = await JobsSetup.StartAsync(provider, ledger, database: database))
            await before.ScheduleAsync("reminder:1", new TestJob("reminder"), JobsSetup.Start.AddHours(1));
        var later = new FakeTimeProvider(JobsSetup.Start.AddHours(2));

        await using var app = await JobsSetup.StartAsync(provider, ledger, later, database);
        await ledger.SucceededAsync("reminder:1").WaitAsync(TimeSpan.FromSeconds(30), Ct);  // the runner's pass at start
        await app.RunDueJobsAsync();

        Assert.Equal(["reminder:1"], ledger.Attempts.Select(a => a.Key));
        var job = await app.JobAsync("reminder:1");
        Assert.Equal(JobState.Done, job.State);
        Assert.Equal(later.GetUtcNow().UtcDateTime, job.CompletedAt);
        Assert.Null(job.LeaseOwner);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Job_WhoseHolderDied_IsTakenOverWhenTheLeaseRunsOut_AndTheDeadHoldersCompletionIsIgnored(string provider)
    {
        var ledger = new JobLedger();
        await using var app = await JobsSetup.StartAsync(provider, ledger,
            settings: new Dictionary<string, string> { ["Jobs:LeaseLength"] = "00:05:00" });
        var due = JobsSetup.Start.AddHours(1);
        await app.ScheduleAsync("feedback:7", new TestJob("feedback"), due);
        var options = app.Services.GetRequiredService<IOptions<JobsOptions>>().Value;

        // A holder claims the job when it is due and dies without a word.
        var dead = await app.WithDbAsync(db => JobLeases.ClaimNextAsync(db, "dead-holder", due.UtcDateTime, options, Ct));
        app.Clock.SetUtcNow(due.AddMinutes(4));
        var handledWithinLease = await app.RunDueJobsAsync();
        app.Clock.SetUtcNow(due.AddMinutes(6));
        await app.RunDueJobsAsync();
        var lateCompletion = await app.WithDbAsync(db => JobLeases.CompleteAsync(db, dead!, due.AddMinutes(7).UtcDateTime, Ct));

        Assert.NotNull(dead);
        Assert.Equal(0, handledWithinLease);
        var takeover = Assert.Single(ledger.Attempts);
        Assert.Equal(2, takeover.Number);
        Assert.True(takeover.FencingToken > dead.FencingToken);
        Assert.False(lateCompletion);
        var job = await app.JobAsync("feedback:7");
        Assert.Equal(JobState.Done, job.State);
        Assert.Equal(due.AddMinutes(6).UtcDateTime, job.CompletedAt);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task FailingHandler_IsRetriedAfterDoublingDelays_ThenTheJobFails(string provider)
    {
        var ledger = new JobLedger();
        await using var app = await JobsSetup.StartAsync(provider, ledger, settings: new Dictionary<string, string>
        {
            ["Jobs:MaxAttempts"] = "3", ["Jobs:RetryDelay"] = "00:01:00",
        });
        var due = JobsSetup.Start.AddHours(1);
        await app.ScheduleAsync("reminder:2", new TestJob("broken", Failures: 99), due);

        app.Clock.SetUtcNow(due);
        await app.RunDueJobsAsync();
        var afterFirst = await app.JobAsync("reminder:2");
        app.Clock.SetUtcNow(due.AddSeconds(59));
        var beforeRetry = await app.RunDueJobsAsync();
        app.Clock.SetUtcNow(due.AddMinutes(1));
        await app.RunDueJobsAsync();
        app.Clock.SetUtcNow(due.AddMinutes(3));  // the second retry waits twice as long
        await app.RunDueJobsAsync();
        app.Clock.SetUtcNow(due.AddDays(1));
        var afterFailing = await app.RunDueJobsAsync();

        Assert.Equal(JobState.Pending, afterFirst.State);
        Assert.Equal(due.AddMinutes(1).UtcDateTime, afterFirst.DueAt);
        Assert.Equal(0, beforeRetry);
        Assert.Equal([1, 2, 3], ledger.Attempts.Select(a => a.Number));
        Assert.Equal(0, afterFailing);
        var job = await app.JobAsync("reminder:2");
        Assert.Equal(JobState.Failed, job.State);
        Assert.Equal(3, job.Attempts);
        Assert.Equal("InvalidOperationException: Attempt 3 of broken failed as planned.", job.LastError);
        Assert.Equal(due.AddMinutes(3).UtcDateTime, job.CompletedAt);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task CancelledJob_IsNotHandled(string provider)
    {
        var ledger = new JobLedger();
        await using var app = await JobsSetup.StartAsync(provider, ledger);
        await app.ScheduleAsync("reminder:3", new TestJob("cancelled"), JobsSetup.Start.AddHours(1));

        var cancelled = await app.WithDbAsync(async db =>
        {
            var found = await db.CancelJobAsync("reminder:3", Ct);
            await db.SaveChangesAsync(Ct);
            return found;
        });
        app.Clock.SetUtcNow(JobsSetup.Start.AddDays(1));
        var handled = await app.RunDueJobsAsync();

        Assert.True(cancelled);
        Assert.Equal(0, handled);
        Assert.Empty(ledger.Attempts);
        Assert.Equal(JobState.Cancelled, (await app.JobAsync("reminder:3")).State);
    }

    /// <summary>
    /// A client cancels as their reminder falls due: a runner claims the job between the change's read and its save.
    /// The save still goes through (no edit conflict for the user), the job ends cancelled, and the claimed holder's
    /// completion changes nothing. Re-arming a job a runner finished meanwhile goes through the same way.
    /// </summary>
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task CancelOrRearm_MeetingARunnersClaimBeforeItsSave_IsSaved_NotAnEditConflict(string provider)
    {
        var ledger = new JobLedger();
        await using var app = await JobsSetup.StartAsync(provider, ledger);
        var due = JobsSetup.Start.AddHours(1);
        await app.ScheduleAsync("reminder:5", new TestJob("claimed"), due);
        await app.ScheduleAsync("reminder:6", new TestJob("done"), due);
        var options = app.Services.GetRequiredService<IOptions<JobsOptions>>().Value;

        ClaimedJob? claimed = null;
        var cancel = await app.WithDbAsync(async db =>
        {
            await db.CancelJobAsync("reminder:5", Ct);
            claimed = await app.WithDbAsync(other => JobLeases.ClaimNextAsync(other, "runner", due.UtcDateTime, options, Ct));
            return await db.TrySaveAsync(Ct);
        });
        var completion = await app.WithDbAsync(db => JobLeases.CompleteAsync(db, claimed!, due.AddMinutes(1).UtcDateTime, Ct));

        var rearm = await app.WithDbAsync(async db =>
        {
            await db.ScheduleJobAsync("reminder:6", new TestJob("again"), due.AddHours(2).UtcDateTime, due.UtcDateTime, Ct);
            app.Clock.SetUtcNow(due);
            await app.RunDueJobsAsync();
            return await db.TrySaveAsync(Ct);
        });

        Assert.Null(cancel);
        Assert.Equal("reminder:5", claimed?.Key);
        Assert.False(completion);
        Assert.Equal(JobState.Cancelled, (await app.JobAsync("reminder:5")).State);
        Assert.Null(rearm);
        var again = await app.JobAsync("reminder:6");
        Assert.Equal((JobState.Pending, due.AddHours(2).UtcDateTime), (again.State, again.DueAt));
        Assert.Equal(["done"], ledger.Attempts.Select(a => a.Payload.Name));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task ScheduleAgain_SameKey_ReplacesDueTimeAndPayload_AndRearmsADoneJob(string provider)
    {
        var ledger = new JobLedger();
        await using var app = await JobsSetup.StartAsync(provider, ledger);
        await app.ScheduleAsync("reminder:4", new TestJob("first"), JobsSetup.Start.AddHours(1));
        await app.ScheduleAsync("reminder:4", new TestJob("moved"), JobsSetup.Start.AddHours(3));

        app.Clock.SetUtcNow(JobsSetup.Start.AddHours(2));
        var beforeNewTime = await app.RunDueJobsAsync();
        app.Clock.SetUtcNow(JobsSetup.Start.AddHours(3));
        await app.RunDueJobsAsync();
        await app.ScheduleAsync("reminder:4", new TestJob("again"), JobsSetup.Start.AddHours(5));
        app.Clock.SetUtcNow(JobsSetup.Start.AddHours(5));
        await app.RunDueJobsAsync();

        Assert.Equal(0, beforeNewTime);
        Assert.Equal(["moved", "again"], ledger.Attempts.Select(a => a.Payload.Name));
        Assert.Equal(1, await app.WithDbAsync(db => Task.FromResult(db.Jobs.Count(j => j.Key == "reminder:4"))));
        Assert.Equal(JobState.Done, (await app.JobAsync("reminder:4")).State);
    }
}
