using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>At start: where the app listens, the demo sign-ins (one per role and team) and their password.</summary>
public sealed partial class DemoSeeder
{
    public async Task AnnounceAsync(WebApplication app)
    {
        var domain = "@" + DemoOptions.EmailDomain;
        var signIns = await (
            from u in db.Users
            where u.Email!.EndsWith(domain)
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            select new { u.Id, u.Email, Role = r.Name }).ToListAsync();
        var memberships = await db.TeamMembers.Join(db.Teams, m => m.TeamId, t => t.Id,
            (m, t) => new { m.UserId, t.Name }).ToListAsync();
        var teamOf = memberships.ToLookup(m => m.UserId.Value, m => m.Name);
        var lines = signIns
            .GroupBy(s => (s.Role, Team: teamOf[s.Id].FirstOrDefault() ?? ""))
            .Select(g => g.OrderBy(s => s.Email).First())
            .OrderBy(s => s.Role).ThenBy(s => s.Email)
            .Select(s => $"  {s.Email,-40} {s.Role,-14} {string.Join(", ", teamOf[s.Id])}")
            .ToList();
        var password = options.Value.Password == DemoOptions.DefaultPassword
            ? $"password \"{DemoOptions.DefaultPassword}\" (the default; set Demo:Password to change it)"
            : "the password set in Demo:Password";

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var urls = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            var url = urls?.FirstOrDefault() ?? "(no address)";
            if (lines.Count == 0)
            {
                log.LogInformation("Sujuva is running at {Url} (API reference at {Url}/scalar); no demo users.", url, url);
                return;
            }
            log.LogInformation(
                "Sujuva is running at {Url} (API reference at {Url}/scalar).\nDemo sign-ins, all with {Password}:\n{Lines}",
                url, url, password, string.Join('\n', lines));
        });
    }
}
