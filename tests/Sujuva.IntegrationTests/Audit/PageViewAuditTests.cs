using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sujuva.IntegrationTests.Access;
using Sujuva.IntegrationTests.Infrastructure;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Access;
using Sujuva.Web.Features.Audit;
using Sujuva.Web.Features.Auth;
using Sujuva.Web.Platform;

namespace Sujuva.IntegrationTests.Audit;

/// <summary>
/// Opening a board reads every card's client name: one audit entry per client, written in one batch that
/// shares one page-view id, and shown on the administrators' page as one line per page view.
/// </summary>
public sealed class PageViewAuditTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task BoardNames_OpeningTheBoard_OneEntryPerClientInOneBatchWithOnePageView(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var (coach, caseIds) = await CoachBoardAsync(app);
        var view = Guid.NewGuid();

        var names = await ReadNamesAsync(app, coach, caseIds, view);

        var entries = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.UserId == coach.Id && e.Kind == AuditKind.PersonalDataRead).OrderBy(e => e.Id).ToListAsync(Ct));
        Assert.Equal(caseIds.Count, names.Count);
        Assert.Equal(caseIds.Count, entries.Count);
        Assert.Equal(caseIds.Count, entries.Select(e => e.ClientId).Distinct().Count());
        Assert.All(entries, e => Assert.Equal((view, "page /boards/{ServiceId}", entries[0].At), (e.PageViewId, e.Source, e.At)));
        // One batch: consecutive rows of one write, with nothing of another writer between them.
        Assert.Equal(entries[0].Id + entries.Count - 1, entries[^1].Id);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task PageViews_BoardThenOneClient_TwoLinesTheBoardsExpandingToItsClients(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var (coach, caseIds) = await CoachBoardAsync(app);
        var view = Guid.NewGuid();
        await ReadNamesAsync(app, coach, caseIds, view);
        // A second reading in the same page view (a live update) joins its line; a later single read is a view of its own.
        await ReadNamesAsync(app, coach, caseIds, view);
        await ReadNamesAsync(app, coach, [caseIds[0]], pageView: null);
        var filter = new AuditFilter(UserId: coach.Id, Kind: AuditKind.PersonalDataRead);

        var page = await app.WithDbAsync(db => AuditRows.PageViewsAsync(db, filter, 1, 50, Ct));
        var clients = await app.WithDbAsync(db => AuditRows.OfPageViewAsync(db, filter, view, Ct));

        Assert.Equal(2, page.Total);
        Assert.Equal([1, caseIds.Count * 2], page.Groups.Select(g => g.Count));
        Assert.NotEqual(view, page.Groups[0].PageViewId);
        Assert.Equal(view, page.Groups[1].PageViewId);
        Assert.Equal(caseIds.Count * 2, clients.Count);
        Assert.All(clients, c => Assert.Equal(view, c.Entry.PageViewId));
        Assert.Equal("Aino Valmentaja", page.Groups[1].Latest.Actor);
    }

    /// <summary>The coach as a page's circuit knows them, and the cases on their coaching board.</summary>
    private static async Task<(CurrentUser Coach, List<Guid> CaseIds)> CoachBoardAsync(SujuvaApp app)
    {
        var http = await app.SignInAsync(FixtureNetwork.Coach);
        var service = await Given.ServiceAsync(http, FixtureNetwork.CoachingService);
        var board = await Given.BoardAsync(http, service.Id);
        var me = (await http.GetFromJsonAsync<MeWithTeamsDto>("/api/auth/me", Ct))!;
        var coach = new CurrentUser(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, me.Id.ToString()), new Claim(ClaimTypes.Role, Roles.Worker),
             .. me.Teams.Select(t => new Claim(CurrentUser.TeamClaim, t.ToString()))], "test")));
        var caseIds = board.Columns.SelectMany(c => c.Cards).Select(c => c.CaseId).ToList();
        Assert.True(caseIds.Count >= 2, "the fixture's coaching board has several cases");
        return (coach, caseIds);
    }

    private static async Task<Dictionary<Guid, string>> ReadNamesAsync(SujuvaApp app, CurrentUser user, List<Guid> caseIds, Guid? pageView)
    {
        var names = app.Services.GetRequiredService<ClientNames>();
        return await app.WithDbAsync(db => names.OfCasesAsync(db, user, caseIds, ClientNameSource.Board, Ct, pageView));
    }

    private sealed record MeWithTeamsDto(Guid Id, List<Guid> Teams);
}
