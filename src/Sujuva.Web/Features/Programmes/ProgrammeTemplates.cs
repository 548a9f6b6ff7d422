using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Programmes;

/// <summary>
/// Programme templates: list a service's, read one, create and edit. Each operation returns an Outcome (404 for a
/// service or template the user does not see, 403, 400 naming the field, 409 for a stale version).
/// </summary>
public static class ProgrammeTemplates
{
    public static async Task<Outcome<List<TemplateView>>> ListAsync(Guid serviceId, SujuvaDb db, CurrentUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var service = new ServiceId(serviceId);
        if (!await db.ServicesWorkVisibleTo(user).AnyAsync(s => s.Id == service, ct)) return Refusal.NotFound("serviceId");
        var templates = await db.ProgrammeTemplates.AsNoTracking().Where(t => t.ServiceId == service).ToListAsync(ct);
        return templates.OrderBy(LocalName.Of, StringComparer.CurrentCulture).Select(TemplateView.Of).ToList();
    }

    public static async Task<Outcome<TemplateView>> GetAsync(Guid templateId, SujuvaDb db, CurrentUser user, CancellationToken ct)
    {
        var template = await VisibleAsync(templateId, db, user, ct);
        return template is null ? Refusal.NotFound("templateId") : TemplateView.Of(template);
    }

    public static async Task<Outcome<TemplateView>> CreateAsync(TemplateRequest request, SujuvaDb db, CurrentUser user,
        TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clock);
        var service = new ServiceId(request.ServiceId);
        if (await ProgrammeAccess.CanShapeAsync(db, user, service, ct) is { } refused) return refused;
        var created = ProgrammeTemplate.Create(service, request.Name, request.Rhythm, request.Plans(), request.Group, request.Capacity,
            user.Id, clock.GetUtcNow().UtcDateTime, request.NameSv, request.NameEn);
        if (created.Refusal is { } invalid) return invalid;
        db.ProgrammeTemplates.Add(created.Value!);
        if (await db.TrySaveAsync(ct) is { } failed) return failed;
        return TemplateView.Of(created.Value!);
    }

    /// <summary>A new version of the template; the service stays (a template moves to another service as a new one).</summary>
    public static async Task<Outcome<TemplateView>> EditAsync(Guid templateId, TemplateRequest request, SujuvaDb db, CurrentUser user,
        TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clock);
        var template = await VisibleAsync(templateId, db, user, ct, tracked: true);
        if (template is null) return Refusal.NotFound("templateId");
        if (request.ServiceId != template.ServiceId.Value)
            return Refusal.Invalid("serviceId", "Programmes.ServiceFixed", "A template stays with its service; create a new one for another.");
        if (await ProgrammeAccess.CanShapeAsync(db, user, template.ServiceId, ct) is { } refused) return refused;
        if (request.Version is not { } version) return Refusal.Invalid("version", "Programmes.VersionMissing", "Send the version you edited.");
        if (template.Version != version) return Refusal.EditConflict();
        if (template.Edit(request.Name, request.Rhythm, request.Plans(), request.Group, request.Capacity, clock.GetUtcNow().UtcDateTime,
            request.NameSv, request.NameEn) is { } invalid)
            return invalid;
        if (await db.TrySaveAsync(ct, Refusal.EditConflict) is { } conflict) return conflict;
        return TemplateView.Of(template);
    }

    private static async Task<ProgrammeTemplate?> VisibleAsync(Guid templateId, SujuvaDb db, CurrentUser user, CancellationToken ct,
        bool tracked = false)
    {
        var services = db.ServicesWorkVisibleTo(user).Select(s => s.Id);
        var query = tracked ? db.ProgrammeTemplates : db.ProgrammeTemplates.AsNoTracking();
        return await query.SingleOrDefaultAsync(t => t.Id == new ProgrammeTemplateId(templateId) && services.Contains(t.ServiceId), ct);
    }
}
