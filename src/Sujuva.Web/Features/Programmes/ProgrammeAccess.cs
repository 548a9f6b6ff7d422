using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Auth;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// Who shapes a service's programmes: the team lead of the service's team and managers. Everyone who sees the
/// service's work reads its templates (they hold no client data).
/// </summary>
public static class ProgrammeAccess
{
    public static async Task<Refusal?> CanShapeAsync(SujuvaDb db, CurrentUser user, ServiceId service, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (!await db.ServicesWorkVisibleTo(user).AnyAsync(s => s.Id == service, ct)) return Refusal.NotFound("serviceId");
        if (user.IsInRole(Roles.Manager)) return null;
        if (user.IsInRole(Roles.TeamLead) && await db.ServicesOf(user).AnyAsync(s => s.Id == service, ct)) return null;
        return Refusal.Forbidden("serviceId", "Programmes.MayNotShape", "The service's team lead and managers shape its programmes.");
    }
}
