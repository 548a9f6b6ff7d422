using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Network;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Admin;

public sealed record AdminOrganisationView(Guid Id, string Name, string? NameSv, string? NameEn, DateTime? ArchivedAt, int Version)
    : ILocallyNamed
{
    public static AdminOrganisationView From(Organisation o) => new(o.Id.Value, o.Name, o.NameSv, o.NameEn, o.ArchivedAt, o.Version);
}

public sealed record AdminTeamView(Guid Id, Guid OrganisationId, string Name, DateTime? ArchivedAt, int Version) : ILocallyNamed
{
    public string? NameSv { get; init; }
    public string? NameEn { get; init; }

    public static AdminTeamView From(Team t) => new(t.Id.Value, t.OrganisationId.Value, t.Name, t.ArchivedAt, t.Version)
    {
        NameSv = t.NameSv, NameEn = t.NameEn,
    };
}

public sealed record RenameOrganisationRequest([Text(TextLimits.Name)] string Name, int Version,
    [Text(TextLimits.Name)] string? NameSv = null, [Text(TextLimits.Name)] string? NameEn = null);

/// <summary>Name is the Finnish name; the Swedish and English ones are optional (blank shows the Finnish one).</summary>
public sealed record RenameRequest([Text(TextLimits.Name)] string Name, int Version,
    [Text(TextLimits.Name)] string? NameSv = null, [Text(TextLimits.Name)] string? NameEn = null);

public sealed record VersionRequest(int Version);

/// <summary>Organisations and teams, archived ones included (an administrator may need to see them).</summary>
public static class AdminStructure
{
    public static async Task<List<AdminOrganisationView>> OrganisationsAsync(SujuvaDb db, CancellationToken ct) =>
        (await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct))
            .Select(AdminOrganisationView.From).ToList();

    public static async Task<List<AdminTeamView>> TeamsAsync(SujuvaDb db, CancellationToken ct) =>
        (await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct))
            .Select(AdminTeamView.From).ToList();

    public static Task<Outcome<AdminOrganisationView>> RenameOrganisationAsync(
        Guid organisationId, RenameOrganisationRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock,
        CancellationToken ct) =>
        EditOrganisationAsync(db, organisationId, request.Version,
            o => o.Rename(request.Name, request.NameSv, request.NameEn, user.Id, clock.GetUtcNow().UtcDateTime), ct);

    /// <summary>Only an organisation whose services are all archived: its open cases would be orphaned.</summary>
    public static async Task<Outcome<AdminOrganisationView>> ArchiveOrganisationAsync(
        Guid organisationId, VersionRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var id = new OrganisationId(organisationId);
        if (await db.Services.AnyAsync(s => s.OrganisationId == id && s.ArchivedAt == null, ct))
            return Refusal.Rule("organisationId", "Organisations.HasServices", "Archive the organisation's services first.");
        return await EditOrganisationAsync(db, organisationId, request.Version,
            o => o.Archive(user.Id, clock.GetUtcNow().UtcDateTime), ct);
    }

    public static async Task<Outcome<AdminTeamView>> RenameTeamAsync(
        Guid teamId, RenameRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == new TeamId(teamId), ct);
        if (team is null) return Refusal.NotFound("teamId");
        if (team.Version != request.Version) return Refusal.EditConflict();
        if (team.Rename(request.Name, request.NameSv, request.NameEn, user.Id, clock.GetUtcNow().UtcDateTime) is { } refusal) return refusal;
        await db.SaveChangesAsync(ct);
        return AdminTeamView.From(team);
    }

    public static async Task<Outcome<AdminTeamView>> ArchiveTeamAsync(
        Guid teamId, VersionRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var id = new TeamId(teamId);
        var team = await db.Teams.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (team is null) return Refusal.NotFound("teamId");
        if (team.Version != request.Version) return Refusal.EditConflict();
        var busy = await db.Services.AnyAsync(s => s.TeamId == id && s.ArchivedAt == null, ct);
        if (team.Archive(busy, user.Id, clock.GetUtcNow().UtcDateTime) is { } refusal) return refusal;
        await db.SaveChangesAsync(ct);
        return AdminTeamView.From(team);
    }

    private static async Task<Outcome<AdminOrganisationView>> EditOrganisationAsync(
        SujuvaDb db, Guid organisationId, int version, Func<Organisation, Refusal?> edit, CancellationToken ct)
    {
        var o = await db.Organisations.SingleOrDefaultAsync(x => x.Id == new OrganisationId(organisationId), ct);
        if (o is null) return Refusal.NotFound("organisationId");
        if (o.Version != version) return Refusal.EditConflict();
        if (edit(o) is { } refusal) return refusal;
        await db.SaveChangesAsync(ct);
        return AdminOrganisationView.From(o);
    }
}
