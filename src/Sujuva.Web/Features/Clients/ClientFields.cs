namespace Sujuva.Web.Features.Clients;

/// <summary>Names of personal-data fields as the audit log records them.</summary>
public static class ClientFields
{
    public static readonly IReadOnlyList<string> All =
        ["FirstName", "LastName", "BirthDate", "IdentityCode", "Municipality", "Phone", "Email", "Language"];

    public static readonly IReadOnlyList<string> Name = ["FirstName", "LastName"];
}
