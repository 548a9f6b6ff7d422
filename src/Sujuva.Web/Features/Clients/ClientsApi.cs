using Microsoft.AspNetCore.Http.HttpResults;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Access;
using Sujuva.Web.Features.Audit;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Clients;

public sealed record RegisterClientRequest(
    [Text(TextLimits.PersonName)] string FirstName, [Text(TextLimits.PersonName)] string LastName, DateOnly? BirthDate = null,
    [Text(TextLimits.IdentityCode)] string? IdentityCode = null, [Text(TextLimits.PersonName)] string? Municipality = null,
    [Text(TextLimits.Phone)] string? Phone = null, [Text(TextLimits.Email)] string? Email = null);

public sealed record ClientView(Guid Id, string Pseudonym);

/// <summary>CaseId or ReferralId: what gave the reader access (need-to-know).</summary>
public sealed record ClientPersonalView(Guid Id, string Pseudonym, string FirstName, string LastName,
    DateOnly? BirthDate, string? IdentityCode, string? Municipality, string? Phone, string? Email,
    Guid? GrantedByCaseId, Guid? GrantedByReferralId);

/// <summary>The only endpoints that take or return a client's personal data; every read is audited.</summary>
public static class ClientsApi
{
    public static void MapClientsApi(this IEndpointRouteBuilder api)
    {
        var clients = api.MapGroup("/clients").WithTags("Clients");
        clients.MapPost("/", RegisterClient.HandleAsync);
        clients.MapGet("/{clientId}", GetAsync);
        api.MapGet("/services/{serviceId}/clients", ServiceClients.ListAsync).WithTags("Clients");
    }

    /// <summary>404 unless need-to-know grants access (PersonalDataAccess); the read is audited first.</summary>
    public static async Task<Results<Ok<ClientPersonalView>, ProblemHttpResult>> GetAsync(
        Guid clientId, SujuvaDb db, CurrentUser user, PersonalDataAccess access, AuditTrail audit, CancellationToken ct)
    {
        var id = new ClientId(clientId);
        if (await access.GrantAsync(db, user, id, ct) is not { } grant) return Problems.NotFound("clientId");
        var data = await ClientReads.PersonalDataAsync(db, [id], ct);
        if (data.Count == 0) return Problems.NotFound("clientId");
        await audit.RecordReadsAsync(user, [grant], ClientFields.All, ct, db: db);
        var (pseudonym, p) = data[0];
        return TypedResults.Ok(new ClientPersonalView(clientId, pseudonym, p.FirstName, p.LastName,
            p.BirthDate, p.IdentityCode, p.Municipality, p.Phone, p.Email, grant.CaseId?.Value, grant.ReferralId?.Value));
    }
}
