namespace Sujuva.Web.Features.Auth;

/// <summary>The roles of PRODUCT.md's "Who uses it".</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string Manager = "Manager";
    public const string TeamLead = "TeamLead";
    public const string Worker = "Worker";
    public const string Developer = "Developer";

    public static readonly string[] All = [Administrator, Manager, TeamLead, Worker, Developer];
}
