using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sujuva.Analytics.Flow;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Auth;
using Sujuva.Web.Features.Blueprints;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>
/// The remote coaching service's operating-model description, published by its team lead twice: on the Friday before
/// the switch to remote sessions (the office programmes, with the quarter's figures up to then), and a later Friday when
/// a whole quarter of remote coaching lies behind (the remote programmes and that quarter's figures). Both are generated
/// by BlueprintGenerator from the written history, each with the figures of its own quarter, so comparing them shows the
/// switch as the live data tells it. A version whose day has not yet come in the demo's history is not published.
/// </summary>
public sealed partial class DemoSeeder
{
    /// <summary>The later version's Friday: this many weeks after the switch, so its quarter (PageDays) is all remote.</summary>
    public const int RemoteVersionWeeks = 15;

    private async Task PublishBlueprintsAsync(DemoReplay replay, CancellationToken ct)
    {
        if (replay.RemoteSwitchUtc == DateTime.MaxValue) return;
        var service = replay.Services.Single(s => s.Name == "Etätyövalmennus");
        var lead = new CurrentUser(new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, replay.CoachingLead.Value.ToString()), new Claim(ClaimTypes.Role, Roles.TeamLead),
            new Claim(CurrentUser.TeamClaim, service.TeamId.Value.ToString()),
        ], "demo")));
        var switchDay = DayCount.LocalDate(replay.RemoteSwitchUtc);
        var now = time.GetUtcNow().UtcDateTime;
        var versions = new[]
        {
            (Day: switchDay.AddDays(-3), Title: "Etätyövalmennus: toimintamalli ennen etätapaamisia", Programmes: replay.ProgrammesBeforeSwitch),
            (Day: switchDay.AddDays(7 * RemoteVersionWeeks - 3), Title: "Etätyövalmennus: toimintamalli etätapaamisin",
                Programmes: (IReadOnlyList<BlueprintProgramme>?)null),
        };
        var number = 0;
        foreach (var (day, title, programmes) in versions)
        {
            var at = DayCount.StartOfDayUtc(day).AddHours(12);  // noon in Helsinki
            if (at >= now) return;
            var period = MetricsPeriod.ForPage(null, null, day.AddDays(-1));
            var model = await BlueprintGenerator.GenerateAsync(db, flows, lead, [service.Id], period, at, ct, programmes)
                ?? throw new InvalidOperationException("The demo's coaching service is not its lead's.");
            if (await PublishBlueprint.SaveAsync(db, [service.Id], title, number++, model, replay.CoachingLead, at, ct) is { Refusal: { } refusal })
                throw new InvalidOperationException($"Demo blueprint: {refusal.Code}");
        }
    }
}
