using Microsoft.Extensions.Time.Testing;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Platform.Jobs;

namespace Sujuva.IntegrationTests.Jobs;

/// <summary>Issue 21: two app instances on one PostgreSQL database, both running their runner, handle every job exactly once.</summary>
public sealed class TwoInstancesTests
{
    [Fact]
    public async Task TwoInstances_OnePostgresDatabase_HandleEveryJobExactlyOnce()
    {
        const int jobs = 50;
        var ledger = new JobLedger();
        var clock = new FakeTimeProvider(JobsSetup.Start);
        await using var database = await FreshDatabase.CreateAsync(Databases.Postgres);
        await using var first = await JobsSetup.StartAsync(Databases.Postgres, ledger, clock, database);
        await using var second = await JobsSetup.StartAsync(Databases.Postgres, ledger, clock, database);
        var due = JobsSetup.Start.AddMinutes(1);
        foreach (var i in Enumerable.Range(0, jobs))
            await first.ScheduleAsync($"job:{i}", new TestJob($"job {i}"), due);

        clock.SetUtcNow(due);  // both runners' polls fire too
        await Task.WhenAll(first.RunDueJobsAsync(), second.RunDueJobsAsync(), first.RunDueJobsAsync(), second.RunDueJobsAsync());

        var perKey = ledger.Attempts.GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(jobs, perKey.Count);
        Assert.All(perKey, pair => Assert.Equal(1, pair.Value));
        foreach (var i in Enumerable.Range(0, jobs))
            Assert.Equal(JobState.Done, (await first.JobAsync($"job:{i}")).State);
    }
}
