using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Access;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Cases;

/// <summary>StageId defaults to the board's first stage.</summary>
public sealed record OpenCaseRequest(Guid ClientId, Guid ServiceId, Guid? StageId = null);

public static class OpenCase
{
    public static async Task<Outcome<CaseView>> ApplyAsync(
        OpenCaseRequest request, SujuvaDb db, CurrentUser user, PersonalDataAccess access, TimeProvider clock,
        CancellationToken ct)
    {
        var serviceId = new ServiceId(request.ServiceId);
        var clientId = new ClientId(request.ClientId);
        var service = await db.Services.SingleOrDefaultAsync(s => s.Id == serviceId, ct);
        if (service is null) return Refusal.NotFound("serviceId");
        if (CaseWork.Refuse(user, service.TeamId, "serviceId") is { } forbidden) return forbidden;
        // A case grants its team the client's personal data, so knowing the client's id is not enough to
        // open one: without a reason to hold the data already, the client is answered as not existing.
        if (!await access.MayTakeOnAsync(db, service.TeamId, clientId, ct)) return Refusal.NotFound("clientId");
        var client = await db.Clients.SingleOrDefaultAsync(c => c.Id == clientId, ct);
        if (client is null) return Refusal.NotFound("clientId");

        var (opened, refusal) = Case.Open(client, service,
            request.StageId is { } s ? new StageId(s) : null, null, user.Id, clock.GetUtcNow().UtcDateTime);
        if (opened is null) return refusal!;

        db.Cases.Add(opened);
        await db.SaveChangesAsync(ct);
        return CaseView.From(opened);
    }

    public static async Task<Outcome<CaseView>> FindAsync(
        Guid caseId, SujuvaDb db, CurrentUser user, CancellationToken ct)
    {
        var id = new CaseId(caseId);
        var @case = await db.CasesVisibleTo(user).AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == id, ct);
        return @case is null ? Refusal.NotFound("caseId") : CaseView.From(@case);
    }
}
