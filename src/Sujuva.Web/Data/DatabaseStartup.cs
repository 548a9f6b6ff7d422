using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data.DemoNetwork;
using Sujuva.Web.Features.Auth;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.EventLog;

namespace Sujuva.Web.Data;

public static class DatabaseStartup
{
    /// <summary>
    /// Applies migrations, creates the roles, seeds the demo network into an empty database, loads the block reasons' names, and checks that
    /// every case agrees with its events (logged, and shown by GET /health).
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SujuvaDb>();
        await DatabaseSetup.MigrateAsync(db, app.Lifetime.ApplicationStopping);

        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole<Guid>(role));

        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        app.Services.GetRequiredService<Pseudonyms>().UseKey(await PseudonymKey.LoadAsync(db, app.Configuration,
            app.Services.GetRequiredService<TimeProvider>(), log, app.Lifetime.ApplicationStopping));
        // Said here instead of the data protection's own warning (filtered in AuthSetup): the keys are not
        // encrypted at rest by design, the database is what must be protected.
        log.LogInformation("Sign-in and antiforgery keys are kept in the database (table DataProtectionKeys): protect the database as you would the keys.");

        var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
        if (seeder.Enabled && !await db.Organisations.AnyAsync(app.Lifetime.ApplicationStopping))
            await seeder.SeedAsync(app.Lifetime.ApplicationStopping);
        await seeder.AnnounceAsync(app);
        await app.Services.GetRequiredService<BlockReasonNames>().LoadAsync(db, app.Lifetime.ApplicationStopping);
        await CheckCasesAgainstEventsAsync(app, db);
    }

    /// <summary>A disagreement is logged as critical but does not stop the app: an operator decides what to repair.</summary>
    private static async Task CheckCasesAgainstEventsAsync(WebApplication app, SujuvaDb db)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CaseEventAgreement));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var found = await CaseEventAgreement.CheckAsync(db, app.Lifetime.ApplicationStopping);
        app.Services.GetRequiredService<CaseEventAgreementResult>().Found = found;
        if (found.Disagreeing == 0)
            log.LogInformation("Event log check: all {Cases} cases agree with their events ({Milliseconds} ms)",
                found.Cases, clock.ElapsedMilliseconds);
        else
            log.LogCritical(
                "Event log check: {Disagreeing} of {Cases} cases disagree with their events (version or stage); for example {Examples}",
                found.Disagreeing, found.Cases, string.Join(", ", found.Examples));
    }
}
