using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Metrics;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Blueprints;

/// <summary>
/// Publishes a version: generates the blueprint from the live network as the publisher sees it and freezes it with the
/// next number of its subject. Two publishing at once: the one whose BasedOn is no longer the latest gets a 409 (the
/// unique subject-and-number index decides a true race the same way).
/// </summary>
public static class PublishBlueprint
{
    public static async Task<Outcome<BlueprintVersionView>> ApplyAsync(PublishBlueprintRequest request, SujuvaDb db, FlowCache cache,
        CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(clock);
        if (string.IsNullOrWhiteSpace(request.Title)) return Refusal.Invalid("title", "Blueprints.NoTitle", "Give the version a title.");
        var (chain, bad) = BlueprintSubject.Check(request.ServiceIds, "serviceIds");
        if (bad is not null) return bad;
        if (request.BasedOn < 0) return Refusal.Invalid("basedOn", "Blueprints.BadBasedOn", "basedOn is the latest version's number, 0 when none.");
        var now = clock.GetUtcNow().UtcDateTime;
        if (MetricsPeriod.TryParse(request.From, request.To, now, out var period, MetricsPeriod.PageDays) is { } badPeriod) return badPeriod;

        if (await BlueprintAccess.CanPublishAsync(db, user, chain!, ct) is { } forbidden) return forbidden;
        var model = await BlueprintGenerator.GenerateAsync(db, cache, user, chain!, period, now, ct);
        if (model is null) return Refusal.NotFound("serviceIds");
        return await SaveAsync(db, chain!, request.Title, request.BasedOn, model, user.Id, now, ct);
    }

    /// <summary>Freezes a generated model as the subject's next version, when BasedOn is still its latest.</summary>
    public static async Task<Outcome<BlueprintVersionView>> SaveAsync(SujuvaDb db, IReadOnlyList<ServiceId> chain, string title, int basedOn,
        BlueprintModel model, UserId by, DateTime at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var subject = BlueprintVersion.SubjectOf(chain);
        if (await ReadBlueprints.LatestNumberAsync(db, subject, ct) != basedOn) return Refusal.EditConflict();
        var version = BlueprintVersion.Publish(chain, basedOn + 1, title, model, by, at);
        db.Add(version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Refusal.EditConflict();
        }

        return await ReadBlueprints.ViewAsync(db, version, ct);
    }
}
