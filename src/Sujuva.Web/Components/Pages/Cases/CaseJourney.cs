using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Components.Pages.Cases;

/// <summary>The case page's data: the case and the journey of its client across every case the user may see.</summary>
public sealed record CaseJourney(CaseView Case, string ServiceName, IReadOnlyList<(Guid Id, string Name)> Stages,
    IReadOnlyList<JourneyStep> Steps, IReadOnlyList<(Guid Id, string Name)> ReferTargets)
{
    /// <summary>The team working the case's service: only its members change the case.</summary>
    public Guid TeamId { get; init; }

    /// <summary>The user works for the case's team (CurrentUser.WorksFor): only then are the case's actions offered.</summary>
    public bool UserWorksHere { get; init; }

    public static async Task<CaseJourney?> LoadAsync(SujuvaDb db, CurrentUser user, Guid caseId, CancellationToken ct)
    {
        var @case = await db.CasesVisibleTo(user).AsNoTracking().Include(c => c.Service).ThenInclude(s => s.Stages)
            .SingleOrDefaultAsync(c => c.Id == new CaseId(caseId), ct);
        if (@case is null) return null;

        var clientCases = await db.CasesVisibleTo(user).AsNoTracking()
            .Where(c => c.ClientId == @case.ClientId).Select(c => c.Id).ToListAsync(ct);
        var events = await db.Events.AsNoTracking()
            .Where(e => e.CaseId != null && clientCases.Contains(e.CaseId.Value))
            .OrderBy(e => e.Id)
            .Select(e => new Journey.EventRow(e.Id, e.Type, e.At, e.CaseId!.Value.Value,
                e.ServiceId == null ? null : e.ServiceId.Value.Value, e.StageId == null ? null : e.StageId.Value.Value, e.Payload))
            .ToListAsync(ct);
        var services = await db.Services.AsNoTracking().Include(s => s.Stages).ToListAsync(ct);
        var serviceNames = services.ToDictionary(s => s.Id.Value, LocalName.Of);
        var stageNames = services.SelectMany(s => s.Stages).ToDictionary(s => s.Id.Value, LocalName.Of);

        return new CaseJourney(CaseView.From(@case), LocalName.Of(@case.Service),
            [.. @case.Service.Stages.OrderBy(s => s.Position).Select(s => (s.Id.Value, LocalName.Of(s)))],
            Journey.Build(events, serviceNames, stageNames),
            [.. services.Where(s => s.ArchivedAt == null && s.Id != @case.ServiceId).Select(s => (s.Id.Value, LocalName.Of(s)))
                .OrderBy(s => s.Item2, StringComparer.CurrentCulture)])
        {
            TeamId = @case.Service.TeamId.Value,
            UserWorksHere = user.WorksFor(@case.Service.TeamId),
        };
    }
}
