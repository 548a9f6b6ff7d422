namespace Sujuva.Web.Features.Clients;

/// <summary>
/// Personal data, in its own table so that boards, events and analytics never read it; only
/// GET /api/clients/{id} returns it.
/// </summary>
public sealed class ClientPersonalData
{
    public ClientId ClientId { get; private set; }
    public string FirstName { get; private set; } = "";
    public string LastName { get; private set; } = "";
    public DateOnly? BirthDate { get; private set; }
    public string? IdentityCode { get; private set; }
    public string? Municipality { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }

    /// <summary>The language the client is served in, a code of <see cref="ClientLanguages"/>.</summary>
    public string? Language { get; private set; }

    private ClientPersonalData() { }

    public ClientPersonalData(ClientId clientId, string firstName, string lastName, DateOnly? birthDate,
        string? identityCode, string? municipality, string? phone, string? email, string? language = null)
    {
        ClientId = clientId;
        FirstName = firstName;
        LastName = lastName;
        BirthDate = birthDate;
        IdentityCode = identityCode;
        Municipality = municipality;
        Phone = phone;
        Email = email;
        Language = language;
    }
}
