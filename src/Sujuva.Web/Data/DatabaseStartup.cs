using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data.DemoNetwork;
using Sujuva.Web.Features.Auth;

namespace Sujuva.Web.Data;

public static class DatabaseStartup
{
    /// <summary>Applies migrations, creates the roles, and seeds the demo network into an empty database.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SujuvaDb>();
        await DatabaseSetup.MigrateAsync(db, app.Lifetime.ApplicationStopping);

        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole<Guid>(role));

        var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
        if (seeder.Enabled && !await db.Organisations.AnyAsync(app.Lifetime.ApplicationStopping))
            await seeder.SeedAsync(app.Lifetime.ApplicationStopping);
        await seeder.AnnounceAsync(app);
    }
}
