using Microsoft.EntityFrameworkCore;
using Sujuva.Analytics.Flow;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Improvements;

/// <summary>Filters of the improvement list; all optional. Due: only those whose running cycle is due for study.</summary>
public sealed record ImprovementFilter(ImprovementStatus? Status = null, Guid? ServiceId = null, Guid? TeamId = null, bool Due = false);

/// <summary>
/// Reading improvements: every signed-in member of the network reads every improvement (they hold no client data;
/// their charts' single cases are pseudonyms, and only for those who may see the cases, ImprovementCharts).
/// </summary>
public static class ReadImprovements
{
    public static async Task<Outcome<ImprovementView>> GetAsync(Guid improvementId, SujuvaDb db, CurrentUser user,
        TimeProvider clock, CancellationToken ct)
    {
        var improvement = await db.Improvements.AsNoTracking().SingleOrDefaultAsync(i => i.Id == new ImprovementId(improvementId), ct);
        if (improvement is null) return Refusal.NotFound("improvementId");
        return await ViewAsync(db, user, clock, improvement, ct);
    }

    public static async Task<List<ImprovementSummary>> ListAsync(ImprovementFilter filter, SujuvaDb db, TimeProvider clock,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Improvements.AsNoTracking();
        if (filter.Status is { } status) query = query.Where(i => i.Status == status);
        if (filter.ServiceId is { } service) query = query.Where(i => i.ScopeServiceId == service);
        if (filter.TeamId is { } team)
        {
            var services = await db.Services.Where(s => s.TeamId == new TeamId(team)).Select(s => s.Id.Value).ToListAsync(ct);
            query = query.Where(i => i.ScopeTeamId == team || (i.ScopeServiceId != null && services.Contains(i.ScopeServiceId.Value)));
        }

        var rows = await query.OrderByDescending(i => i.CreatedAt).ToListAsync(ct);
        var names = await NamesAsync(db, rows, ct);
        var today = Today(clock);
        return [.. rows.Where(i => !filter.Due || DueForStudy(i, today)).Select(i => new ImprovementSummary(
            i.Id.Value, i.Kind, i.Title, i.Status, names.Scope(i.Scope), names.Person(i.OwnerId.Value),
            i.Measures.FirstOrDefault(m => m.Role == MeasureRole.Outcome)?.Kind, i.Cycles.Count, i.ChangeDates,
            i.Cycles.LastOrDefault()?.StudyOn, DueForStudy(i, today), i.Version))];
    }

    public static async Task<ImprovementView> ViewAsync(SujuvaDb db, CurrentUser user, TimeProvider clock, Improvement i,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(i);
        var names = await NamesAsync(db, [i], ct);
        var today = Today(clock);
        var last = i.Cycles.Count - 1;
        return new ImprovementView(
            i.Id.Value, i.Kind, i.Title, i.Aim, names.Person(i.OwnerId.Value), [.. i.Participants.Select(names.Person)],
            names.Scope(i.Scope), i.Status, i.StatusReason, i.MeasuredFrom, i.CreatedAt,
            [.. i.Measures.Select(m => new MeasureView(m.Id, m.Role, m.Kind, names.Scope(m.Scope), m.Stage, m.Better, m.Target,
                m.Chart, m.Aggregation, m.Unit))],
            [.. i.Cycles.Select((c, n) => new CycleView(c.Number, c.Change, c.ChangeDate, c.StudyOn, c.Predictions, c.StartedAt,
                c.Observations, c.Study, c.StudiedAt, c.Decision, c.DecisionReason, c.DecidedAt, n == last && DueForStudy(i, today)))],
            i.Sheet, i.A3Id, i.Version, await ImprovementAccess.MayWorkOnAsync(db, user, i, ct), DueForStudy(i, today), i.ChangeDates);
    }

    /// <summary>Running, its cycle started and not studied, and the planned study date has come.</summary>
    public static bool DueForStudy(Improvement i, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(i);
        return i.Status == ImprovementStatus.Running && i.Cycles.LastOrDefault() is { Started: true, Decided: false, StudiedAt: null } c
            && c.StudyOn is { } on && on <= today;
    }

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DayCount.LocalDate(clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>The names an improvement shows, read in three queries for any number of improvements.</summary>
    public static async Task<ImprovementNames> NamesAsync(SujuvaDb db, IReadOnlyCollection<Improvement> improvements, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var people = improvements.SelectMany(i => i.Participants.Append(i.OwnerId.Value)).Distinct().ToList();
        var users = await db.Users.Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var services = await db.Services.Select(s => new { s.Id, s.Name, s.NameSv, s.NameEn })
            .ToDictionaryAsync(s => s.Id.Value, s => LocalName.Pick(s.Name, s.NameSv, s.NameEn), ct);
        var teams = await db.Teams.Select(t => new { t.Id, t.Name, t.NameSv, t.NameEn })
            .ToDictionaryAsync(t => t.Id.Value, t => LocalName.Pick(t.Name, t.NameSv, t.NameEn), ct);
        var organisations = await db.Organisations.Select(o => new { o.Id, o.Name, o.NameSv, o.NameEn })
            .ToDictionaryAsync(o => o.Id.Value, o => LocalName.Pick(o.Name, o.NameSv, o.NameEn), ct);
        return new ImprovementNames(users, services, teams, organisations);
    }
}

/// <summary>Names of people, services, teams and organisations for improvement views; the network's name for the network scope.</summary>
public sealed record ImprovementNames(
    IReadOnlyDictionary<Guid, string> Users, IReadOnlyDictionary<Guid, string> Services, IReadOnlyDictionary<Guid, string> Teams,
    IReadOnlyDictionary<Guid, string> Organisations)
{
    public PersonView Person(Guid id) => new(id, Users.GetValueOrDefault(id, "?"));

    public ScopeView Scope(ImprovementScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var name = scope.Kind switch
        {
            ScopeKind.Service => Services.GetValueOrDefault(scope.ServiceId!.Value, "?"),
            ScopeKind.Team => Teams.GetValueOrDefault(scope.TeamId!.Value, "?"),
            ScopeKind.Handoff => $"{Organisations.GetValueOrDefault(scope.FromOrganisationId!.Value, "?")} → "
                + Organisations.GetValueOrDefault(scope.ToOrganisationId!.Value, "?"),
            _ => null,
        };
        return new ScopeView(scope.Kind, name, scope.ServiceId, scope.TeamId, scope.FromOrganisationId, scope.ToOrganisationId);
    }
}
