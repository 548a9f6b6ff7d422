using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Boards;

/// <summary>A service a coordinator can put on the network board, with whose it is; Own: one of the user's teams works it.</summary>
public sealed record NetworkServiceChoice(Guid ServiceId, string Name, string Organisation, string Team, bool Own = false);

/// <summary>
/// The network board: several services' boards side by side, for coordinators who follow clients
/// across organisations. Each board shows only the cases the user may see, as on its own page.
/// </summary>
public static class NetworkBoard
{
    /// <summary>More boards than this on one screen help nobody and make every live update costly.</summary>
    public const int MaxServices = 12;

    public static async Task<IReadOnlyList<NetworkServiceChoice>> ChoicesAsync(SujuvaDb db, CurrentUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var services = await db.ServicesVisibleTo(user).AsNoTracking().Where(s => s.ArchivedAt == null)
            .Select(s => new { s.Id, Name = LocalName.Pick(s.Name, s.NameSv, s.NameEn), s.OrganisationId, s.TeamId }).ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, LocalName.Of, ct);
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, LocalName.Of, ct);
        var own = user.Teams.ToHashSet();
        return [.. services
            .Select(s => new NetworkServiceChoice(s.Id.Value, s.Name, organisations.GetValueOrDefault(s.OrganisationId, ""),
                teams.GetValueOrDefault(s.TeamId, ""), own.Contains(s.TeamId)))
            .OrderBy(s => s.Organisation, StringComparer.CurrentCulture).ThenBy(s => s.Name, StringComparer.CurrentCulture)];
    }

    public static async Task<IReadOnlyList<BoardView>> BoardsAsync(SujuvaDb db, CurrentUser user,
        IEnumerable<Guid> services, DateTime now, CancellationToken ct)
    {
        var boards = new List<BoardView>();
        foreach (var id in services.Distinct().Take(MaxServices))
            if ((await ShowBoard.LoadAsync(id, db, user, now, ct)).Value is { } board) boards.Add(board);
        return boards;
    }
}
