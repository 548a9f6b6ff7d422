using Microsoft.AspNetCore.Http.HttpResults;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Clients;

/// <summary>
/// Registering gives the registering worker no lasting access: they read the data again once a case of
/// their team is opened for the client (need-to-know).
/// </summary>
public static class RegisterClient
{
    public static async Task<Results<Created<ClientView>, ProblemHttpResult>> HandleAsync(
        RegisterClientRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        // Personal data is taken in by the people who work cases, not by analysts, managers or administrators.
        if (!user.IsInRole(Auth.Roles.TeamLead) && !user.IsInRole(Auth.Roles.Worker))
            return Problems.Forbidden("role", "Team leads and workers register clients.");
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
}
