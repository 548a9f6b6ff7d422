using Sujuva.Web.Data;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Access;
using Sujuva.Web.Features.Audit;
using Sujuva.Web.Features.Clients;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Components.Pages.Cases;

/// <summary>The client's name on the case page: only with a need-to-know grant, and every showing is audited.</summary>
public static class CaseClientName
{
    public const string Source = "page /cases/{CaseId}";

    public static async Task<string?> LoadAsync(SujuvaDb db, CurrentUser user, PersonalDataAccess access,
        AuditTrail audit, Guid clientId, CancellationToken ct)
    {
        var id = new ClientId(clientId);
        if (await access.GrantAsync(db, user, id, ct) is not { } grant) return null;
        var data = await ClientReads.PersonalDataAsync(db, [id], ct);
        if (data.Count == 0) return null;
        await audit.RecordReadsAsync(user, [grant], ClientFields.Name, ct, Source, db);
        return $"{data[0].Data.FirstName} {data[0].Data.LastName}";
    }
}
