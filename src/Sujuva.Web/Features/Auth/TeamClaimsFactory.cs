using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sujuva.Web.Data;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Features.Auth;

/// <summary>
/// Puts the user's teams, and whether two-factor sign-in is on, into the token at sign-in, so requests
/// need no membership or account query.
/// </summary>
public sealed class TeamClaimsFactory(
    UserManager<User> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options, SujuvaDb db)
    : UserClaimsPrincipalFactory<User, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var userId = new UserId(user.Id);
        var teams = await db.TeamMembers.Where(m => m.UserId == userId).Select(m => m.TeamId).ToListAsync();
        foreach (var team in teams) identity.AddClaim(new Claim(CurrentUser.TeamClaim, team.Value.ToString()));
        if (!string.IsNullOrEmpty(user.DisplayName)) identity.AddClaim(new Claim("name", user.DisplayName));
        if (user.TwoFactorEnabled) identity.AddClaim(new Claim(AuthPolicies.TwoFactorClaim, "true"));
        return identity;
    }
}
