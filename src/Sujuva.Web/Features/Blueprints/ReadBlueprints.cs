using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Blueprints;

/// <summary>The live blueprint of some services, the published versions, one frozen version, and two compared.</summary>
public static class ReadBlueprints
{
    /// <summary>GET /api/blueprints/live: 400 naming services, from or to; 404 for a service whose work the user does not see.</summary>
    public static async Task<Outcome<BlueprintModel>> LiveAsync(string? services, string? from, string? to, SujuvaDb db, FlowCache cache,
        CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var (chain, bad) = BlueprintSubject.Parse(services, "services");
        if (bad is not null) return bad;
        var now = clock.GetUtcNow().UtcDateTime;
        if (MetricsPeriod.TryParse(from, to, now, out var period, MetricsPeriod.PageDays) is { } refusal) return refusal;
        return await BlueprintGenerator.GenerateAsync(db, cache, user, chain!, period, now, ct) is { } model ? model : Refusal.NotFound("services");
    }

    /// <summary>The published versions, newest first; with serviceId, those describing that service.</summary>
    public static async Task<List<BlueprintVersionSummary>> ListAsync(Guid? serviceId, SujuvaDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var versions = db.Blueprints.AsNoTracking();
        if (serviceId is { } id)
        {
            var text = id.ToString("D");
            versions = versions.Where(v => v.Subject.Contains(text));
        }

        var rows = await versions.OrderByDescending(v => v.PublishedAt).ThenByDescending(v => v.Number)
            .Select(v => new { v.Id, v.Number, v.Title, v.Subject, v.PublishedAt, v.PublishedBy, v.From, v.To }).ToListAsync(ct);
        var names = await NamesAsync(db, rows.Select(r => r.PublishedBy), ct);
        return [.. rows.Select(r => new BlueprintVersionSummary(r.Id.Value, r.Number, r.Title, [.. r.Subject.Split(',').Select(Guid.Parse)],
            r.PublishedAt, names.GetValueOrDefault(r.PublishedBy.Value, ""), r.From, r.To))];
    }

    /// <summary>GET /api/blueprints/{versionId}: the version as it was published (read from its JSON, never regenerated).</summary>
    public static async Task<Outcome<BlueprintVersionView>> GetAsync(Guid versionId, SujuvaDb db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var version = await db.Blueprints.AsNoTracking().SingleOrDefaultAsync(v => v.Id == new BlueprintVersionId(versionId), ct);
        if (version is null) return Refusal.NotFound("versionId");
        return await ViewAsync(db, version, ct);
    }

    /// <summary>GET /api/blueprints/compare?a=&amp;b=: both versions and their differences; 400 or 404 naming a or b.</summary>
    public static async Task<Outcome<BlueprintComparison>> CompareAsync(Guid? a, Guid? b, SujuvaDb db, CancellationToken ct)
    {
        if (a is null) return Refusal.Invalid("a", "Blueprints.CompareTwo", "Name two versions: a and b.");
        if (b is null) return Refusal.Invalid("b", "Blueprints.CompareTwo", "Name two versions: a and b.");
        var (first, missingA) = await GetAsync(a.Value, db, ct);
        if (missingA is not null) return Refusal.NotFound("a");
        var (second, missingB) = await GetAsync(b.Value, db, ct);
        if (missingB is not null) return Refusal.NotFound("b");
        return new BlueprintComparison(first!, second!, BlueprintDifferences.Of(first!.Model, second!.Model));
    }

    public static async Task<BlueprintVersionView> ViewAsync(SujuvaDb db, BlueprintVersion version, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(version);
        var names = await NamesAsync(db, [version.PublishedBy], ct);
        return new BlueprintVersionView(new BlueprintVersionSummary(version.Id.Value, version.Number, version.Title, version.ServiceIds,
            version.PublishedAt, names.GetValueOrDefault(version.PublishedBy.Value, ""), version.From, version.To), version.Model);
    }

    /// <summary>The latest version's number of a subject, 0 when none was published.</summary>
    public static async Task<int> LatestNumberAsync(SujuvaDb db, string subject, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Blueprints.Where(v => v.Subject == subject).MaxAsync(v => (int?)v.Number, ct) ?? 0;
    }

    private static async Task<Dictionary<Guid, string>> NamesAsync(SujuvaDb db, IEnumerable<UserId> ids, CancellationToken ct)
    {
        var list = ids.Select(i => i.Value).Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => list.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
    }
}
