using Microsoft.AspNetCore.Identity;

namespace Sujuva.Web.Features.Auth;

/// <summary>A person who signs in (ASP.NET Core Identity); team memberships are TeamMember rows.</summary>
public sealed class User : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
}
