using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Clients;

public sealed record RegisterClientRequest(string FirstName, string LastName, DateOnly? BirthDate = null,
    string? IdentityCode = null, string? Municipality = null, string? Phone = null, string? Email = null);

public sealed record ClientView(Guid Id, string Pseudonym);

public sealed record ClientPersonalView(Guid Id, string Pseudonym, string FirstName, string LastName,
    DateOnly? BirthDate, string? IdentityCode, string? Municipality, string? Phone, string? Email);

/// <summary>The only endpoints that take or return a client's personal data.</summary>
public static class ClientsApi
{
    public static void MapClientsApi(this IEndpointRouteBuilder api)
    {
        var clients = api.MapGroup("/clients").WithTags("Clients");
        clients.MapPost("/", RegisterAsync);
        clients.MapGet("/{clientId:guid}", GetAsync);
    }

    public static async Task<Results<Created<ClientView>, ProblemHttpResult>> RegisterAsync(
        RegisterClientRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.FirstName))
            return Problems.BadField("firstName", "Clients.NameMissing", "Give the client's first name.");
        if (string.IsNullOrWhiteSpace(request.LastName))
            return Problems.BadField("lastName", "Clients.NameMissing", "Give the client's last name.");
        var client = Client.Register(user.Id, clock.GetUtcNow().UtcDateTime);
        db.Clients.Add(client);
        db.ClientPersonalData.Add(new ClientPersonalData(client.Id, request.FirstName.Trim(), request.LastName.Trim(),
            request.BirthDate, request.IdentityCode, request.Municipality, request.Phone, request.Email));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/clients/{client.Id.Value}", new ClientView(client.Id.Value, client.Pseudonym));
    }

    /// <summary>Visible to whoever registered the client or can see one of the client's cases.</summary>
    public static async Task<Results<Ok<ClientPersonalView>, ProblemHttpResult>> GetAsync(
        Guid clientId, SujuvaDb db, CurrentUser user, CancellationToken ct)
    {
        var id = new ClientId(clientId);
        var client = await db.Clients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (client is null) return Problems.NotFound("clientId");
        var visible = client.RegisteredBy == user.Id || await db.CasesVisibleTo(user).AnyAsync(c => c.ClientId == id, ct);
        if (!visible) return Problems.NotFound("clientId");
        var p = await db.ClientPersonalData.AsNoTracking().SingleAsync(x => x.ClientId == id, ct);
        return TypedResults.Ok(new ClientPersonalView(clientId, client.Pseudonym, p.FirstName, p.LastName,
            p.BirthDate, p.IdentityCode, p.Municipality, p.Phone, p.Email));
    }
}
