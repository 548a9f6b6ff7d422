using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Improvements;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Sprints;

/// <summary>Reading sprints: every signed-in member of the network reads them (they hold no client personal data).</summary>
public static class ReadSprints
{
    /// <summary>Every sprint, the newest first; status filters.</summary>
    public static async Task<List<SprintSummary>> ListAsync(SprintStatus? status, SujuvaDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sprints = await db.Sprints.AsNoTracking().Where(s => status == null || s.Status == status).ToListAsync(ct);
        var people = await PeopleAsync(db, sprints, ct);
        return [.. sprints.OrderByDescending(s => s.Starts).ThenByDescending(s => s.CreatedAt).Select(s => new SprintSummary(
            s.Id.Value, s.Challenge, s.Mode, s.Status, s.Starts, s.Ends, Person(people, s.DeciderId.Value),
            Person(people, s.FacilitatorId.Value), s.Team.Count(), s.Version))];
    }

    public static async Task<Outcome<SprintView>> GetAsync(Guid sprintId, SujuvaDb db, CurrentUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sprint = await db.Sprints.AsNoTracking().SingleOrDefaultAsync(s => s.Id == new SprintId(sprintId), ct);
        if (sprint is null) return Refusal.NotFound("sprintId");
        return await ViewAsync(db, user, sprint, ct);
    }

    public static async Task<SprintView> ViewAsync(SujuvaDb db, CurrentUser user, Sprint s, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(s);
        var people = await PeopleAsync(db, [s], ct);
        var ids = s.ServiceIds.Select(id => new ServiceId(id)).ToList();
        var services = await db.Services.AsNoTracking().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Name, x.NameSv, x.NameEn }).ToListAsync(ct);
        var named = services.ToDictionary(x => x.Id.Value, x => LocalName.Pick(x.Name, x.NameSv, x.NameEn));
        return new SprintView(s.Id.Value, s.Challenge, Person(people, s.DeciderId.Value), Person(people, s.FacilitatorId.Value),
            [.. s.Participants.Select(p => Person(people, p))],
            [.. s.ServiceIds.Where(named.ContainsKey).Select(id => new SprintServiceView(id, named[id]))],
            s.Mode, s.Sessions, s.Status, s.CreatedAt, s.ClosedAt, s.Version, SprintAccess.MayWorkIn(user, s), SprintAccess.MayRun(user, s));
    }

    /// <summary>The display names of everyone in the given sprints, in one query.</summary>
    public static async Task<Dictionary<Guid, string>> PeopleAsync(SujuvaDb db, IReadOnlyCollection<Sprint> sprints, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = sprints.SelectMany(s => s.Team).Distinct().ToList();
        return await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }

    private static PersonView Person(Dictionary<Guid, string> people, Guid id) => new(id, people.GetValueOrDefault(id, "?"));
}
