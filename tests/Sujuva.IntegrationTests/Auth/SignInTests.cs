using System.Net;
using System.Net.Http.Json;
using Sujuva.IntegrationTests.Infrastructure;

namespace Sujuva.IntegrationTests.Auth;

/// <summary>Lockout after repeated failures, an administrator's unlock, the rate limit, password change.</summary>
public sealed class SignInTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly string CoachEmail = FixtureNetwork.Email(FixtureNetwork.Coach);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Login_FiveWrongPasswords_LocksTheAccountUntilAnAdministratorUnlocksIt(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider, settings: AuthorizationMatrixTests.ManySignIns);
        var http = app.Anonymous();

        var failures = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            failures.Add((await AccountSteps.LoginAsync(http, CoachEmail, "wrong-password-" + i)).StatusCode);
        var withRightPassword = await AccountSteps.LoginAsync(http, CoachEmail, FixtureNetwork.Password);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), HttpStatusCode.Locked], failures);
        Assert.Equal(HttpStatusCode.Locked, withRightPassword.StatusCode);
        Assert.Equal("Auth.LockedOut", (await Given.ProblemAsync(withRightPassword)).Code);

        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var coachId = (await AdminSteps.UserAsync(admin, CoachEmail)).Id;
        var unlocked = await admin.PostAsync($"/api/admin/users/{coachId}/unlock", null, Ct);
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AccountSteps.LoginAsync(http, CoachEmail, FixtureNetwork.Password)).StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Login_LockedByAdministrator_Returns423(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var admin = await app.SignInAsync(FixtureNetwork.Admin);
        var coachId = (await AdminSteps.UserAsync(admin, CoachEmail)).Id;

        var locked = await admin.PostAsync($"/api/admin/users/{coachId}/lock", null, Ct);
        var login = await AccountSteps.LoginAsync(app.Anonymous(), CoachEmail, FixtureNetwork.Password);

        Assert.True((await locked.Content.ReadFromJsonAsync<AdminUserDto>(Ct))!.LockedOut);
        Assert.Equal(HttpStatusCode.Locked, login.StatusCode);
    }

    [Fact]
    public async Task Login_OverTheRateLimit_Returns429ProblemWithRetryAfter()
    {
        await using var app = await SujuvaApp.StartAsync(Databases.Sqlite,
            settings: new Dictionary<string, string> { ["Security:SignInPermitLimit"] = "3" });
        var http = app.Anonymous();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await AccountSteps.LoginAsync(http, "nobody@demo.sujuva.fi", "wrong-password")).StatusCode);
        var refused = await AccountSteps.LoginAsync(http, CoachEmail, FixtureNetwork.Password);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized,
            HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("Auth.TooManyAttempts", (await Given.ProblemAsync(refused)).Code);
        Assert.True(refused.Headers.RetryAfter is not null);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task ChangePassword_RightCurrentPassword_NewOneSignsInOldOneNot(string provider)
    {
        await using var app = await SujuvaApp.StartAsync(provider);
        var coach = await app.SignInAsync(FixtureNetwork.Coach);

        var tooShort = await coach.PostAsJsonAsync("/api/account/password",
            new { currentPassword = FixtureNetwork.Password, newPassword = "short" }, Ct);
        var wrongCurrent = await coach.PostAsJsonAsync("/api/account/password",
            new { currentPassword = "not-my-password", newPassword = "A long new passphrase" }, Ct);
        var changed = await coach.PostAsJsonAsync("/api/account/password",
            new { currentPassword = FixtureNetwork.Password, newPassword = "A long new passphrase" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Equal("Account.PasswordTooShort", (await Given.ProblemAsync(tooShort)).Code);
        Assert.Equal("Account.WrongPassword", (await Given.ProblemAsync(wrongCurrent)).Code);
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        var http = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await AccountSteps.LoginAsync(http, CoachEmail, FixtureNetwork.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AccountSteps.LoginAsync(http, CoachEmail, "A long new passphrase")).StatusCode);
    }
}
