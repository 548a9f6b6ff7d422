using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;

namespace Sujuva.Web.Features.Sprints;

/// <summary>Finding a sprint by the id a request names.</summary>
public static class SprintRows
{
    /// <summary>Tracked, for a change: an artefact's change records its event on the sprint without modifying it.</summary>
    public static Task<Sprint?> FindAsync(SujuvaDb db, Guid sprintId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Sprints.SingleOrDefaultAsync(s => s.Id == new SprintId(sprintId), ct);
    }

    public static Task<Sprint?> ReadAsync(SujuvaDb db, Guid sprintId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Sprints.AsNoTracking().SingleOrDefaultAsync(s => s.Id == new SprintId(sprintId), ct);
    }
}
