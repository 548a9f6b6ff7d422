using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Components.Pages.Dashboards;

/// <summary>
/// The flow figures name stages by their Finnish names (one cache for every reader, merged by name across
/// services); a dashboard shows each in the reader's language (<see cref="LocalName"/>), the Finnish name
/// when no stage of that name has a translation.
/// </summary>
public sealed record StageLabels(IReadOnlyDictionary<string, string> Labels)
{
    public static readonly StageLabels None = new(new Dictionary<string, string>());

    public string Of(string stage) => Labels.GetValueOrDefault(stage, stage);

    public static async Task<StageLabels> LoadAsync(SujuvaDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stages = await db.Stages.AsNoTracking().Select(s => new { s.Name, s.NameSv, s.NameEn }).ToListAsync(ct);
        return new(stages.GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key,
            g => g.Select(s => LocalName.Pick(s.Name, s.NameSv, s.NameEn)).FirstOrDefault(l => l != g.Key) ?? g.Key,
            StringComparer.Ordinal));
    }
}
