using Sujuva.Web.Data;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Network;

public sealed record CreateOrganisationRequest([Text(TextLimits.Name)] string Name, [Text(TextLimits.Name)] string? NameSv = null,
    [Text(TextLimits.Name)] string? NameEn = null);

public static class CreateOrganisation
{
    public static async Task<Outcome<OrganisationView>> ApplyAsync(
        CreateOrganisationRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Name))
            return Refusal.Invalid("name", "Organisations.NameMissing", "An organisation needs a name.");
        var o = Organisation.Create(request.Name.Trim(), request.NameSv, request.NameEn, user.Id,
            clock.GetUtcNow().UtcDateTime);
        db.Organisations.Add(o);
        await db.SaveChangesAsync(ct);
        return OrganisationView.From(o);
    }
}
