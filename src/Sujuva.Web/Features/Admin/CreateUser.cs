using Microsoft.AspNetCore.Identity;
using Sujuva.Web.Data;
using Sujuva.Web.Features.Auth;
using Sujuva.Web.Features.Network;
using Sujuva.Web.Platform;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Admin;

/// <summary>The initial password is given to the person out of band; they change it at /account/password.</summary>
public sealed record CreateUserRequest(
    [Text(TextLimits.Email)] string Email, [Text(TextLimits.Name)] string DisplayName, [Text(TextLimits.Secret)] string Password,
    [Text(TextLimits.Word)] IReadOnlyList<string> Roles, IReadOnlyList<Guid> TeamIds);

public static class CreateUser
{
    public static async Task<Outcome<AdminUserView>> ApplyAsync(
        CreateUserRequest request, SujuvaDb db, UserManager<User> users, CurrentUser admin, IAccountAuditSink audit,
        TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || !request.Email.Contains('@', StringComparison.Ordinal))
            return Refusal.Invalid("email", "Admin.EmailInvalid", "Give a valid e-mail address.");
        if (string.IsNullOrWhiteSpace(request.DisplayName))
            return Refusal.Invalid("displayName", "Admin.NameMissing", "Give the person's name.");
        if (await UserAccess.CheckAsync(db, request.Roles, request.TeamIds, ct) is { } refusal) return refusal;
        var email = request.Email.Trim();
        if (await users.FindByEmailAsync(email) is not null)
            return Refusal.Conflict("email", "Admin.EmailTaken", "A user with this e-mail address exists.", "Already exists.");

        var user = new User
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()), UserName = email, Email = email, EmailConfirmed = true,
            DisplayName = request.DisplayName.Trim(), LockoutEnabled = true,
        };
        // Disposed before the audit entries are written: on SQLite those writes queue behind this one.
        await using (var write = await db.BeginWriteAsync(ct))
        {
            var created = await users.CreateAsync(user, request.Password);
            if (!created.Succeeded)
            {
                var error = created.Errors.First();
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email";
                return Refusal.Invalid(field, "Account." + error.Code, error.Description);
            }
            await users.AddToRolesAsync(user, request.Roles);
            db.TeamMembers.AddRange(request.TeamIds.Distinct().Select(t => new TeamMember(new UserId(user.Id), new TeamId(t))));
            await db.SaveChangesAsync(ct);
            await write.CommitAsync(ct);
        }
        await audit.RolesChangedAsync(new UserId(user.Id), request.Roles, admin.Id, ct);
        await audit.TeamsChangedAsync(new UserId(user.Id), [.. request.TeamIds.Select(t => new TeamId(t))], admin.Id, ct);
        return await AdminUsers.ViewAsync(db, clock, user.Id, ct);
    }
}
