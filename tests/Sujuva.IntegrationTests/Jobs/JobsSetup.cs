using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Platform.Jobs;

namespace Sujuva.IntegrationTests.Jobs;

/// <summary>
/// How the job tests start the app: no network, the test handler, and a clock the test moves. A job is scheduled
/// due after <see cref="Start"/>, so the runner's pass at start finds nothing; the test then moves the clock and runs
/// a pass itself (<see cref="RunDueJobsAsync"/>): when it returns, every job due by then is handled.
/// </summary>
public static class JobsSetup
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task<SujuvaApp> StartAsync(string provider, JobLedger ledger, FakeTimeProvider? clock = null,
        FreshDatabase? database = null, IReadOnlyDictionary<string, string>? settings = null) =>
        SujuvaApp.StartAsync(provider, seedFixture: false, settings: settings, database: database,
            clock: clock ?? new FakeTimeProvider(Start),
            web: web => web.ConfigureTestServices(services =>
            {
                services.AddSingleton(ledger);
                services.AddJobHandler<TestJob, RecordingHandler>();
            }));

    /// <summary>Scheduled and saved as a business operation would, in one SaveChanges.</summary>
    public static Task ScheduleAsync(this SujuvaApp app, string key, TestJob payload, DateTimeOffset dueAt) =>
        app.WithDbAsync(async db =>
        {
            await db.ScheduleJobAsync(key, payload, dueAt.UtcDateTime, app.Clock.GetUtcNow().UtcDateTime, Ct);
            await db.SaveChangesAsync(Ct);
        });

    public static Task<Job> JobAsync(this SujuvaApp app, string key) =>
        app.WithDbAsync(db => db.Jobs.AsNoTracking().SingleAsync(j => j.Key == key, Ct));

    public static Task<int> RunDueJobsAsync(this SujuvaApp app) =>
        app.Services.GetRequiredService<JobRunner>().RunDueAsync(Ct);
}
