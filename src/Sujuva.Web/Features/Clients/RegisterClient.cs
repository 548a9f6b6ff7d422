using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Localisation;

namespace Sujuva.Web.Features.Clients;

/// <summary>
/// Registering gives the registering worker no lasting access: they read the data again once a case of
/// their team is opened for the client (need-to-know). Naming a service opens that case in its first
/// stage in the same save, so a client is never left registered without the case they came for.
/// </summary>
public static class RegisterClient
{
    public static async Task<Outcome<ClientView>> ApplyAsync(
        RegisterClientRequest request, SujuvaDb db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        // Personal data is taken in by the people who work cases, not by analysts, managers or administrators.
        if (!user.IsInRole(Auth.Roles.TeamLead) && !user.IsInRole(Auth.Roles.Worker))
            return Refusal.Forbidden("role", "Forbidden", "Team leads and workers register clients.");
        var now = clock.GetUtcNow().UtcDateTime;
        var (code, refusal) = Check(request, Today(clock));
        if (refusal is not null) return refusal;

        Network.Service? service = null;
        if (request.ServiceId is { } sid)
        {
            var serviceId = new ServiceId(sid);
            service = await db.Services.SingleOrDefaultAsync(s => s.Id == serviceId, ct);
            if (service is null) return Refusal.NotFound("serviceId");
            if (CaseWork.Refuse(user, service.TeamId, "serviceId") is { } forbidden) return forbidden;
        }
        if (code is not null && await ClientDuplicates.ExistsAsync(db, code, ct)) return AlreadyRegistered();

        var client = Client.Register(user.Id, now);
        db.Clients.Add(client);
        db.ClientPersonalData.Add(new ClientPersonalData(client.Id, request.FirstName.Trim(), request.LastName.Trim(),
            code?.BirthDate ?? request.BirthDate, code?.Value, Blank(request.Municipality), Blank(request.Phone),
            Blank(request.Email), Blank(request.Language)));
        Case? opened = null;
        if (service is not null)
        {
            (opened, refusal) = Case.Open(client, service, null, null, user.Id, now);
            if (opened is null) return refusal!;
            db.Cases.Add(opened);
        }
        // Two registrations of one code at once: the unique index lets the first through, the second hears 409.
        if (await db.TrySaveAsync(ct, AlreadyRegistered) is { } duplicate) return duplicate;
        return new ClientView(client.Id.Value, client.Pseudonym, opened?.Id.Value);
    }

    private static Refusal AlreadyRegistered() => Refusal.Conflict("identityCode", "Clients.AlreadyRegistered",
        "A client with this identity code is already registered: search for them, or send a referral.");

    /// <summary>Today in Finland, where a client's identity code was given: nobody is born after it.</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(LocalTime.InFinland(clock.GetUtcNow().UtcDateTime));

    /// <summary>The request's identity code, read; or the first field it gets wrong, named.</summary>
    public static (FinnishIdentityCode? Code, Refusal? Refusal) Check(RegisterClientRequest request, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(request.FirstName))
            return (null, Refusal.Invalid("firstName", "Clients.NameMissing", "Give the client's first name."));
        if (string.IsNullOrWhiteSpace(request.LastName))
            return (null, Refusal.Invalid("lastName", "Clients.NameMissing", "Give the client's last name."));
        FinnishIdentityCode? code = null;
        if (!string.IsNullOrWhiteSpace(request.IdentityCode))
        {
            var (read, fault) = FinnishIdentityCode.Read(request.IdentityCode, today);
            if (read is null) return (null, IdentityCodeRefusal(fault!.Value));
            code = read;
            if (request.BirthDate is { } given && given != read.BirthDate)
                return (null, Refusal.Invalid("birthDate", "Clients.BirthDateMismatch",
                    "The date of birth differs from the one in the identity code."));
        }
        if (!string.IsNullOrWhiteSpace(request.Language) && !ClientLanguages.IsKnown(request.Language.Trim()))
            return (null, Refusal.Invalid("language", "Clients.UnknownLanguage", "Choose a language from the list."));
        return (code, null);
    }

    /// <summary>Each fault has its own text ("Clients.IdentityCode.{fault}"), so the person typing knows what to fix.</summary>
    public static Refusal IdentityCodeRefusal(IdentityCodeFault fault) => fault switch
    {
        IdentityCodeFault.CenturySign => Refusal.Invalid("identityCode", "Clients.IdentityCode.CenturySign",
            "The seventh character must be a century sign: + (1800s), - Y X W V U (1900s) or A B C D E F (2000s)."),
        IdentityCodeFault.Date => Refusal.Invalid("identityCode", "Clients.IdentityCode.Date",
            "The first six digits are not a date of birth (DDMMYY) on or before today."),
        IdentityCodeFault.IndividualNumber => Refusal.Invalid("identityCode", "Clients.IdentityCode.IndividualNumber",
            "The individual number (digits 8–10) is never 000 or 001."),
        IdentityCodeFault.CheckCharacter => Refusal.Invalid("identityCode", "Clients.IdentityCode.CheckCharacter",
            "The check character (the last one) does not match: check the code for a typing error."),
        _ => Refusal.Invalid("identityCode", "Clients.IdentityCode.Format",
            "An identity code is 11 characters: DDMMYY, a century sign, three digits and a check character."),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
