using Microsoft.AspNetCore.Identity;

namespace Sujuva.Web.Features.Auth;

/// <summary>Password, lockout and user rules (docs/decisions/0003).</summary>
public static class AccountRules
{
    public const int MinimumPasswordLength = 12;
    public const int FailuresBeforeLockout = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static void Apply(IdentityOptions o)
    {
        o.User.RequireUniqueEmail = true;
        // NIST SP 800-63B §5.1.1.2 and the Finnish NCSC: length protects, composition rules do not
        // (they produce "Password1!"); so at least 12 characters and no required character classes.
        o.Password.RequiredLength = MinimumPasswordLength;
        o.Password.RequiredUniqueChars = 4;
        o.Password.RequireDigit = false;
        o.Password.RequireLowercase = false;
        o.Password.RequireUppercase = false;
        o.Password.RequireNonAlphanumeric = false;
        o.Lockout.AllowedForNewUsers = true;
        o.Lockout.MaxFailedAccessAttempts = FailuresBeforeLockout;
        o.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        o.SignIn.RequireConfirmedAccount = false;
    }
}
